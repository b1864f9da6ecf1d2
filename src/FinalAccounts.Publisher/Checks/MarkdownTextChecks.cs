using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// key-work.md is Markdown that part four places as it is: check reads it with the document's own reader and the rules
/// the build applies (<see cref="MarkdownReader.ReadText"/>: size, nesting, what the document can show), so a text that
/// passes check is one the build can place, and every problem points into key-work.md. A heading is a title, held to
/// the input's limit for names (<see cref="InputLimits.NameChars"/>), as a page must hold it.
/// </summary>
internal static class MarkdownTextChecks
{
    public static void Run(CheckContext ctx)
    {
        var text = ctx.Model.KeyWork.Markdown;
        if (text.Value.Length == 0 || !ctx.Available(text.Location.Source)) return;
        var blocks = new MarkdownReader(_ => [], ctx.Bag).ReadText(text.Value, text.Location.File);
        foreach (var h in blocks.OfType<Heading>())
            if (h.FullText.Length > InputLimits.NameChars)
                ctx.Report(InputCodes.TooLarge, h.Location,
                    $"这个标题有 {h.FullText.Length} 个字，标题最多 {InputLimits.NameChars} 字。",
                    $"This heading holds {h.FullText.Length} characters; a heading may hold {InputLimits.NameChars}.");
    }
}
