using FinalAccounts.Publisher.Diagnostics;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Parses composed Markdown with Markdig into Document blocks: headings (numbered, with ids), paragraphs with bold and
/// italic runs, lists, and directives handed to the caller. Anything else is reported and left out, never silently.
/// </summary>
public sealed class MarkdownReader(DirectiveHandler directives, DiagnosticBag diagnostics)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    private int headingCount;

    /// <summary>Parses one piece of Markdown; <paramref name="source"/> names where it came from (a template) for locations.</summary>
    public IReadOnlyList<Block> Read(string markdown, string source)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        var lines = markdown.Split('\n');
        var blocks = new List<Block>();
        foreach (var block in doc) Convert(block, source, lines, blocks);
        return blocks;
    }

    private void Convert(Markdig.Syntax.Block block, string source, string[] lines, List<Block> output)
    {
        var at = new SourceLocation(source, block.Line + 1, block.Column + 1);
        switch (block)
        {
            case MdHeading h:
                var (number, text) = HeadingNumbers.Split(InlineText(h.Inline));
                var id = h.GetAttributes().Id is { Length: > 0 } given ? given : $"sec-{++headingCount}";
                output.Add(new Heading(Math.Min(h.Level, 5), number, text, id, h.Level <= 2 && !HasClass(h, "notoc"), at));
                break;
            case MdParagraph p:
                output.Add(new Paragraph(Inlines(p.Inline), Kind(p), at));
                break;
            case MdList list:
                var items = list.OfType<ListItemBlock>()
                    .Select(item => (IReadOnlyList<Inline>)item.OfType<MdParagraph>().SelectMany(p => Inlines(p.Inline)).ToList())
                    .ToList();
                var start = list.IsOrdered && int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;
                output.Add(new ListBlock(list.IsOrdered, items, at, start));
                break;
            case CustomContainer c:
                var first = c.Line + 1;
                var end = LineOf(lines, c.Span.End);
                var last = lines[end].TrimStart().StartsWith(":::", StringComparison.Ordinal) ? end - 1 : end;
                var body = lines.Skip(first).Take(Math.Max(0, last - first + 1)).Select(l => l.TrimEnd('\r')).ToList();
                output.AddRange(directives(new Directive(c.Info ?? "", c.Arguments ?? "", body, at)));
                break;
            case BlankLineBlock:
            case LinkReferenceDefinitionGroup:
                break;
            default:
                diagnostics.Report(DocumentCodes.Unsupported, at, $"不支持的 Markdown 内容（{block.GetType().Name}），已略去。",
                    $"Unsupported Markdown ({block.GetType().Name}) was left out.");
                break;
        }
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

    private static List<Inline> Inlines(ContainerInline? container, InlineStyle style = InlineStyle.None, string? link = null)
    {
        var result = new List<Inline>();
        if (container is null) return result;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline lit:
                    Add(result, new Inline(lit.Content.ToString(), style, link));
                    break;
                case EmphasisInline em:
                    result.AddRange(Inlines(em, style | (em.DelimiterCount >= 2 ? InlineStyle.Bold : InlineStyle.Italic), link));
                    break;
                case LineBreakInline br:
                    if (br.IsHard) result.Add(Inline.LineBreak);
                    break;
                case CodeInline code:
                    Add(result, new Inline(code.Content, style, link));
                    break;
                case LinkInline l:
                    result.AddRange(Inlines(l, style, l.Url));
                    break;
                case ContainerInline c:
                    result.AddRange(Inlines(c, style, link));
                    break;
                default:
                    Add(result, new Inline(inline.ToString() ?? "", style, link));
                    break;
            }
        }

        return result;
    }

    private static void Add(List<Inline> runs, Inline run)
    {
        if (runs.Count > 0 && runs[^1].Style == run.Style && runs[^1].Link == run.Link && runs[^1].Text != "\n" && run.Text != "\n")
            runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
        else if (run.Text.Length > 0)
            runs.Add(run);
    }

    private static string InlineText(ContainerInline? inline) => string.Concat(Inlines(inline).Select(i => i.Text));
}
