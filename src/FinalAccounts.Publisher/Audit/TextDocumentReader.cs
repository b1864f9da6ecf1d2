using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Reads a .md or .txt document: '#' lines are headings, other lines paragraphs (a Markdown paragraph's wrapped lines
/// joined), and a run of lines holding tabs (text copied out of Word or a PDF) or Markdown pipes is a table. A pipe
/// table's heading "收入 / 项目" is split back into its two header rows, as the Markdown writer flattened them.
/// Tab rows separated only by blank lines (a page break in text copied from a PDF) are one table. Paragraphs (headings
/// included) are numbered from 1, tables from 1.
/// </summary>
public static class TextDocumentReader
{
    public static ReadDocument Read(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<Block>();
        var paragraph = 0;
        var tableCount = 0;
        var pending = new List<string>();
        var rows = new List<List<string>>();
        var pipe = false;

        void FlushParagraph()
        {
            if (pending.Count == 0) return;
            var joined = string.Join(pipe ? "" : "", pending).Trim();
            pending.Clear();
            if (joined.Length == 0) return;
            blocks.Add(new Paragraph([new Inline(joined)], ParagraphKind.Body, SourceLocation.InDocument(file, 0, ++paragraph)));
        }

        void FlushTable()
        {
            if (rows.Count == 0) return;
            blocks.Add(TableGrids.Table(file, ++tableCount, rows, pipe));
            rows = [];
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var isPipe = line.TrimStart().StartsWith('|');
            if (line.Contains('\t') || isPipe)
            {
                FlushParagraph();
                if (rows.Count > 0 && pipe != isPipe) FlushTable();
                pipe = isPipe;
                if (isPipe && IsPipeRule(line)) continue;
                rows.Add(isPipe ? PipeCells(line) : [.. line.Split('\t').Select(c => MarkdownPlain.Text(c).Trim())]);
                continue;
            }

            if (line.Trim().Length == 0)
            {
                // A page break in text copied from a PDF leaves a blank line inside a table: the tab rows go on.
                if (pipe) FlushTable();
                FlushParagraph();
                continue;
            }

            FlushTable();

            var plain = MarkdownPlain.Text(line);
            if (plain.Length == 0 || MarkdownPlain.IsImage(line)) continue;
            if (line.TrimStart().StartsWith('#'))
            {
                FlushParagraph();
                var level = line.TrimStart().TakeWhile(c => c == '#').Count();
                var title = MarkdownPlain.Text(line.TrimStart().TrimStart('#')).Trim();
                blocks.Add(new Heading(Math.Min(level, 5), "", title, "", false, SourceLocation.InDocument(file, 0, ++paragraph)));
                continue;
            }

            if (MarkdownPlain.IsListItem(line)) FlushParagraph();
            pending.Add(MarkdownPlain.Text(MarkdownPlain.WithoutListMark(line)).Trim());
        }

        FlushParagraph();
        FlushTable();
        return new ReadDocument(file, blocks);
    }

    private static bool IsPipeRule(string line) => line.Trim().Trim('|').Split('|').All(c => c.Trim().Trim(':').Trim('-').Length == 0);

    private static List<string> PipeCells(string line)
    {
        var inner = line.Trim();
        if (inner.StartsWith('|')) inner = inner[1..];
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal)) inner = inner[..^1];
        return [.. inner.Replace("\\|", "\u0001", StringComparison.Ordinal).Split('|')
            .Select(c => MarkdownPlain.Text(c.Replace('\u0001', '|')).Trim())];
    }
}
