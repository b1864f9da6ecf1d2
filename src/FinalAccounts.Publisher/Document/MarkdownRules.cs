using FinalAccounts.Publisher.Diagnostics;
using Markdig;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// What one source of Markdown may use. A template (the house style's text) also has directives and attributes, and
/// what the document cannot show is left out with a warning; a data text (key-work.md) is the clerk's prose, and
/// anything beyond headings, paragraphs, lists, emphasis and web links is an error in the file, found by check.
/// </summary>
internal sealed record MarkdownRules(MarkdownPipeline Pipeline, int MaxLength, bool IsData)
{
    /// <summary>A template's Markdown.</summary>
    public static MarkdownRules Template { get; } = new(new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build(), MarkdownReader.MaxLength, IsData: false);

    /// <summary>A data text: no attributes; ':::' is still recognised, to be refused where it is.</summary>
    public static MarkdownRules DataText { get; } = new(new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseCustomContainers()
        .Build(), MarkdownReader.MaxLength, IsData: true);

    /// <summary>The lowest heading level: a data text sits inside a part, whose level-1 title the template gives.</summary>
    public int MinHeadingLevel => IsData ? 2 : 1;

    /// <summary>Reports what the document cannot show: left out with a warning, or an error in the data.</summary>
    public void Unsupported(DiagnosticBag bag, SourceLocation at, LocalizedText what)
    {
        if (IsData)
            bag.Report(DocumentCodes.DataMarkdown, at, $"此处不能使用{what.Zh}。", $"{Capital(what.En)} cannot be used here.");
        else
            bag.Report(DocumentCodes.Unsupported, at, $"不支持的 Markdown 内容：{what.Zh}，已略去。",
                $"Unsupported Markdown ({what.En}) was left out.");
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
