using FinalAccounts.Publisher.Diagnostics;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Parses Markdown with Markdig into Document blocks: headings (numbered, with ids), paragraphs of runs, lists, and
/// directives handed to the caller. Two sources, two rule sets (<see cref="MarkdownRules"/>): a template's output
/// (<see cref="Read"/>) and a data text that is Markdown, key-work.md (<see cref="ReadText"/>), located in its own file
/// and read the same way by check and by build. Input is bounded before Markdig sees it (<see cref="MarkdownBounds"/>);
/// nothing is dropped or passed through silently: every block and inline kind has a rule or is reported where it is.
/// </summary>
public sealed class MarkdownReader(DirectiveHandler directives, DiagnosticBag diagnostics)
{
    /// <summary>
    /// The longest Markdown one read takes (characters): a whole document's, 50 times the sample's. A data text is part
    /// of a document and the input stage holds all of a department's data below it (InputLimits.DepartmentChars).
    /// </summary>
    public const int MaxLength = 1_000_000;

    private int headingCount;

    /// <summary>Parses a template's output; <paramref name="source"/> names the template for locations.</summary>
    public IReadOnlyList<Block> Read(string markdown, string source) => Read(markdown, source, MarkdownRules.Template);

    /// <summary>Parses a data text that is Markdown (key-work.md); errors point into <paramref name="file"/>.</summary>
    public IReadOnlyList<Block> ReadText(string markdown, string file) => Read(markdown, file, MarkdownRules.DataText);

    private IReadOnlyList<Block> Read(string markdown, string source, MarkdownRules rules)
    {
        if (!MarkdownBounds.Check(markdown, source, rules.MaxLength, diagnostics)) return [];
        MarkdownDocument doc;
        try
        {
            doc = Markdown.Parse(markdown, rules.Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The bounds keep Markdig below its limits; should it still give up, that is reported, never thrown.
            diagnostics.Report(DocumentCodes.TooComplex, new SourceLocation(source, 1, 1),
                $"Markdown 无法解析：{e.Message}", $"The Markdown cannot be parsed: {e.Message}");
            return [];
        }

        var reading = new Reading(source, markdown.Split('\n'), rules, new MarkdownInlines(source, rules, diagnostics));
        var blocks = new List<Block>();
        foreach (var block in doc) Convert(block, reading, blocks);
        return blocks;
    }

    private void Convert(Markdig.Syntax.Block block, Reading r, List<Block> output)
    {
        var at = r.At(block);
        switch (block)
        {
            case MdHeading h when h.Level < r.Rules.MinHeadingLevel:
                r.Rules.Unsupported(diagnostics, at, MarkdownKinds.TopHeading);
                break;
            case MdHeading h:
                var (number, text) = HeadingNumbers.Split(r.Inlines.Text(h.Inline));
                var id = h.GetAttributes().Id is { Length: > 0 } given ? given : $"sec-{++headingCount}";
                output.Add(new Heading(Math.Min(h.Level, 5), number, text, id, !HasClass(h, "notoc"), at, !HasClass(h, "nonumber")));
                break;
            case MdParagraph p:
                output.Add(new Paragraph(r.Inlines.Read(p.Inline), Kind(p), at));
                break;
            case MdList list:
                var items = list.OfType<ListItemBlock>().Select(i => Item(i, r)).ToList();
                output.Add(new ListBlock(list.IsOrdered, items, at, Start(list)));
                break;
            case CustomContainer c when !r.Rules.IsData:
                output.AddRange(directives(new Directive(c.Info ?? "", Arguments(c, r.Lines), Body(c, r.Lines), at)));
                break;
            case BlankLineBlock:
            case LinkReferenceDefinitionGroup:
                break;
            case QuoteBlock or CodeBlock or HtmlBlock or ThematicBreakBlock or CustomContainer:
                r.Rules.Unsupported(diagnostics, at, MarkdownKinds.Of(block));
                break;
            default:
                diagnostics.Report(DocumentCodes.UnknownMarkdown, at, $"无法识别的 Markdown 内容（{block.GetType().Name}），已略去。",
                    $"Markdown block of kind {block.GetType().Name} has no rule and was left out.");
                break;
        }
    }

    /// <summary>A list item's runs: its paragraphs; anything else in an item (a nested list, a quote) has no place.</summary>
    private IReadOnlyList<Inline> Item(ListItemBlock item, Reading r)
    {
        var runs = new List<Inline>();
        foreach (var child in item)
        {
            if (child is MdParagraph p) runs.AddRange(r.Inlines.Read(p.Inline));
            else if (child is not BlankLineBlock) r.Rules.Unsupported(diagnostics, r.At(child), MarkdownKinds.Of(child));
        }

        return runs;
    }

    private static int Start(MdList list) =>
        list.IsOrdered && int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;

    /// <summary>
    /// The rest of a directive's opening line as written: Markdig gives it with backslash escapes already removed, but a
    /// value written by a template arrives escaped (<see cref="MarkdownText.Escape"/>) and its quotes must stay escaped.
    /// </summary>
    private static string Arguments(CustomContainer c, string[] lines)
    {
        var name = c.Info ?? "";
        var line = lines[c.Line].AsSpan().TrimStart(" \t").TrimStart(':').TrimStart(" \t");
        return name.Length > 0 && line.StartsWith(name, StringComparison.Ordinal)
            ? line[name.Length..].Trim().ToString()
            : c.Arguments ?? "";
    }

    /// <summary>The lines between a directive's opening line and its closing ':::' as written.</summary>
    private static List<string> Body(CustomContainer c, string[] lines)
    {
        var first = c.Line + 1;
        var end = LineOf(lines, c.Span.End);
        var last = lines[end].TrimStart().StartsWith(":::", StringComparison.Ordinal) ? end - 1 : end;
        return lines.Skip(first).Take(Math.Max(0, last - first + 1)).Select(l => l.TrimEnd('\r')).ToList();
    }

    private static int LineOf(string[] lines, int offset)
    {
        var pos = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            pos += lines[i].Length + 1;
            if (offset < pos) return i;
        }

        return lines.Length - 1;
    }

    private static ParagraphKind Kind(MdParagraph p) =>
        HasClass(p, "center") ? ParagraphKind.Center :
        HasClass(p, "right") ? ParagraphKind.Right :
        HasClass(p, "note") ? ParagraphKind.Note :
        HasClass(p, "plain") ? ParagraphKind.Plain : ParagraphKind.Body;

    private static bool HasClass(Markdig.Syntax.Block b, string name) => b.GetAttributes().Classes?.Contains(name) == true;

    /// <summary>One read: where it comes from, its lines, its rules and its inline reader.</summary>
    private sealed record Reading(string Source, string[] Lines, MarkdownRules Rules, MarkdownInlines Inlines)
    {
        public SourceLocation At(Markdig.Syntax.Block block) => new(Source, block.Line + 1, block.Column + 1);
    }
}
