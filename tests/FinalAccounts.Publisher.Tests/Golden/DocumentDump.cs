using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>
/// A compact, readable text dump of a document tree, one block a line (tables and figures with their parts indented
/// below), in the spirit of Markdig's TestSourcePosition: what changed in the AST reads as a diff in review. Each block
/// ends with the template file it came from, relative to the repository, without its line: an edit elsewhere in a
/// template or style.yaml moves lines but changes no block, and must not force a new golden file.
/// </summary>
internal static class DocumentDump
{
    public static string Write(DocumentTree document, string repositoryRoot)
    {
        var sb = new StringBuilder();
        var info = document.Info;
        var date = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        sb.Append($"info {Q(info.Title)} author {Q(info.Author)} subject {Q(info.Subject)}")
            .Append($" keywords {string.Join(",", info.Keywords)} lang {info.Language} date {date}\n");
        foreach (var block in document.Blocks)
        {
            var at = "  @" + Where(block.Location, repositoryRoot);
            switch (block)
            {
                case TitleBlock t:
                    sb.Append("title ").Append(Q(t.Title)).Append(at).Append('\n');
                    foreach (var s in t.Subtitles) sb.Append("  subtitle ").Append(Q(s)).Append('\n');
                    break;
                case TableOfContents toc:
                    sb.Append("toc ").Append(Q(toc.Title)).Append(" depth ").Append(toc.MaxLevel).Append(at).Append('\n');
                    break;
                case Heading h:
                    sb.Append('h').Append(h.Level).Append(' ').Append(Q(h.FullText)).Append(" #").Append(h.Id)
                        .Append(h.InToc ? " toc" : "").Append(at).Append('\n');
                    break;
                case Paragraph p:
                    sb.Append($"{p.Kind.ToString().ToLowerInvariant()} {Runs(p.Content)}{at}\n");
                    break;
                case ListBlock l:
                    sb.Append(l.Ordered ? "list ordered from " + l.Start : "list").Append(at).Append('\n');
                    foreach (var item in l.Items) sb.Append("  - ").Append(Runs(item)).Append('\n');
                    break;
                case PageBreak:
                    sb.Append("pagebreak").Append(at).Append('\n');
                    break;
                case Table t:
                    DumpTable(sb, t, at);
                    break;
                case Figure f:
                    DumpFigure(sb, f, at);
                    break;
                default:
                    sb.Append(block.GetType().Name).Append(at).Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    private static void DumpTable(StringBuilder sb, Table t, string at)
    {
        sb.Append($"table #{t.Id} {Q(t.Title)}{(t.Wide ? " wide" : "")}{at}\n");
        sb.Append("  columns");
        foreach (var c in t.Columns)
        {
            var weight = c.Weight.ToString("0.##", CultureInfo.InvariantCulture);
            sb.Append($" {c.Align.ToString()[0]}{weight}{(c.Numeric ? "n" : "")}");
        }

        sb.Append('\n');
        foreach (var line in t.Preamble) sb.Append($"  above {Q(line.Left)} | {Q(line.Center)} | {Q(line.Right)}\n");
        foreach (var row in t.Header.Concat(t.Body))
        {
            sb.Append("  ").Append(row.Kind.ToString().ToLowerInvariant());
            foreach (var cell in row.Cells) sb.Append(" [").Append(Cell(cell)).Append(']');
            sb.Append('\n');
        }

        foreach (var note in t.Notes) sb.Append("  note ").Append(Q(note)).Append('\n');
    }

    private static string Cell(TableCell c)
    {
        var text = c.Text.Replace("\n", "⏎");
        var marks = (c.ColSpan > 1 ? " →" + c.ColSpan : "") + (c.RowSpan > 1 ? " ↓" + c.RowSpan : "")
            + (c.Align is { } a ? " " + a.ToString()[0] : "") + (c.Bold ? " b" : "") + (c.IsHeader ? " th" : "");
        return text + marks;
    }

    private static void DumpFigure(StringBuilder sb, Figure f, string at)
    {
        var chart = f.Chart;
        var title = chart.Title != f.Caption ? " title " + Q(chart.Title) : "";
        sb.Append($"figure #{f.Id} {Q(f.FullCaption)} {chart.Kind.ToString().ToLowerInvariant()} unit {Q(chart.Unit)}{title}{at}\n");
        sb.Append("  categories ").Append(string.Join(" | ", chart.Categories)).Append('\n');
        foreach (var s in chart.Series)
        {
            sb.Append("  series ").Append(Q(s.Name));
            for (var i = 0; i < s.Values.Count; i++)
            {
                var value = s.Values[i].ToString(CultureInfo.InvariantCulture);
                sb.Append($" {value}={Q(i < s.Labels.Count ? s.Labels[i] : "")}");
            }

            sb.Append('\n');
        }

        sb.Append("  alt ").Append(Q(f.AltText)).Append('\n');
    }

    private static string Runs(IEnumerable<Inline> runs) => string.Concat(runs.Select(r =>
    {
        var text = r.Text == "\n" ? "⏎" : r.Text;
        if (r.IsBold) text = "**" + text + "**";
        if (r.IsItalic) text = "*" + text + "*";
        return r.Link is { } link ? "[" + text + "](" + link + ")" : text;
    }));

    private static string Q(string text) => "“" + text.Replace("\n", "⏎") + "”";

    private static string Where(SourceLocation location, string root)
    {
        if (location.IsNone) return "-";
        var file = Path.GetRelativePath(root, Path.GetFullPath(location.File));
        return file.Replace('\\', '/');
    }
}
