using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// key-work.md is Markdown that part four places as it is: check reads it with the document's own reader and the rules
/// the build applies (<see cref="MarkdownReader.ReadText"/>: size, nesting, what the document can show), so a text that
/// passes check is one the build can place, and every problem points into key-work.md.
/// </summary>
internal static class MarkdownTextChecks
{
    public static void Run(CheckContext ctx)
    {
        var text = ctx.Model.KeyWork.Markdown;
        if (text.Value.Length == 0 || !ctx.Available(text.Location.Source)) return;
        new MarkdownReader(_ => [], ctx.Bag).ReadText(text.Value, text.Location.File);
    }
}
