using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>
/// Generated Markdown reduced to what the golden rules compare: headings, text blocks (paragraphs, list items, cells,
/// captions) and tables with the paragraph lines printed above them. Markup is removed; cells are trimmed.
/// </summary>
internal sealed partial class MarkdownView
{
    public List<string> Headings { get; } = [];

    /// <summary>Every text block in document order (headings and paragraphs too), with the index of the block.</summary>
    public List<string> Blocks { get; } = [];

    public List<ViewTable> Tables { get; } = [];

    public static MarkdownView Parse(string markdown)
    {
        var view = new MarkdownView();
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var lastParagraphs = new List<string>();
        foreach (var block in Markdown.Parse(markdown, pipeline).Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock h:
                    var ht = Text(h.Inline);
                    view.Headings.Add(ht);
                    view.Blocks.Add(ht);
                    lastParagraphs.Clear();
                    break;
                case ParagraphBlock p when p.Parent is not TableCell:
                    var pt = Text(p.Inline);
                    view.Blocks.Add(pt);
                    lastParagraphs.Add(pt);
                    break;
                case Table t:
                    var rows = t.OfType<TableRow>().Select(r => (IReadOnlyList<string>)r.OfType<TableCell>()
                        .Select(c => Space().Replace(string.Concat(c.Descendants<ParagraphBlock>().Select(x => Text(x.Inline))).Replace("<br>", " "), " ").Trim()).ToList()).ToList();
                    view.Tables.Add(new ViewTable(view.Blocks.Count, lastParagraphs.ToList(), rows.Skip(1).ToList(), rows.Count > 0 ? rows[0] : []));
                    foreach (var r in rows) view.Blocks.AddRange(r);
                    lastParagraphs.Clear();
                    break;
            }
        }

        return view;
    }

    private static string Text(ContainerInline? container)
    {
        var sb = new StringBuilder();
        if (container is null) return "";
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline l: sb.Append(l.Content); break;
                case CodeInline c: sb.Append(c.Content); break;
                case HtmlInline h when h.Tag.StartsWith("<br", StringComparison.Ordinal): sb.Append("<br>"); break;
            }
        }

        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

/// <summary>A table of the view: where it is among the blocks, the paragraphs printed just above it, body rows and header.</summary>
internal sealed record ViewTable(int BlockIndex, IReadOnlyList<string> Above, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Header);
