using System.Text;
using UglyToad.PdfPig.Content;

namespace FinalAccounts.Publisher.Audit;

/// <summary>A cell of a PDF line: its text and horizontal extent.</summary>
internal sealed record PdfCell(string Text, double Left, double Right);

/// <summary>A line of a PDF page: its cells left to right, its baseline height on the page, its type size and left edge.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfCell> Cells, double Top, double Size, double Left)
{
    /// <summary>
    /// Whether this line starts a new paragraph after <paramref name="previous"/>: far below it, in another size, after
    /// a short line that ends a sentence, or indented from the page's margin — unless it hangs under a numbered item:
    /// indented deeper than the paragraph's first line (<paramref name="firstLeft"/>) below a line that runs on (full,
    /// or short of a number that did not fit, at the same indent).
    /// </summary>
    public bool StartsParagraphAfter(PdfLine previous, IReadOnlyList<PdfLine> page, double firstLeft)
    {
        if (previous.Top - Top > Size * 2.2 || Math.Abs(previous.Size - Size) > 0.5) return true;
        var full = previous.Cells[^1].Right >= page.Max(l => l.Cells[^1].Right) - Size * 1.5;
        var ended = SentenceEnds.Contains(previous.Cells[^1].Text[^1]);
        if (!full && ended) return true;
        var hanging = !ended && Left > firstLeft + 1 && (full || Math.Abs(Left - previous.Left) < 1);
        return !hanging && Left > page.Min(l => l.Left) + Size * 0.8;
    }

    /// <summary>What ends a sentence or a paragraph's last clause.</summary>
    public const string SentenceEnds = "。！？：；";
}

/// <summary>The lines of a page: letters by baseline, cells cut at gaps wider than an em, page numbers left out.</summary>
internal static class PdfLines
{
    public static List<PdfLine> Of(IEnumerable<Letter> letters)
    {
        var lines = new List<PdfLine>();
        foreach (var group in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y / 2.0)).OrderByDescending(g => g.Key))
        {
            var row = group.OrderBy(l => l.StartBaseLine.X).ToList();
            var size = row.Max(l => l.PointSize);
            var cells = new List<PdfCell>();
            var text = new StringBuilder(row[0].Value);
            var (left, right) = (row[0].StartBaseLine.X, row[0].EndBaseLine.X);
            for (var i = 1; i < row.Count; i++)
            {
                var gap = row[i].StartBaseLine.X - right;
                if (gap > size * 0.6)
                {
                    cells.Add(new PdfCell(text.ToString(), left, right));
                    (text, left) = (new StringBuilder(), row[i].StartBaseLine.X);
                }
                else if (IsSpace(row[i - 1], row[i], size)) text.Append(' ');

                text.Append(row[i].Value);
                right = Math.Max(right, row[i].EndBaseLine.X);
            }

            cells.Add(new PdfCell(text.ToString(), left, right));
            lines.Add(new PdfLine(cells, group.Average(l => l.StartBaseLine.Y), size, row[0].StartBaseLine.X));
        }

        // A page number alone on the first or last line is the page's furniture, not its text.
        lines.RemoveAll(l => (ReferenceEquals(l, lines[0]) || ReferenceEquals(l, lines[^1])) && l.Cells.Count == 1 && IsPageNumber(l.Cells[0].Text));
        return lines;
    }

    /// <summary>
    /// Whether the gap between two letters of a line is a space: wider than a fifth of an em, but where Chinese meets
    /// Latin text Word and our PDF set a quarter em (and justification may widen it), which is no space in the text.
    /// </summary>
    public static bool IsSpace(Letter before, Letter after, double size)
    {
        static bool Cjk(string s) => s.Length > 0 && Writers.Pdf.AutoSpace.IsCjk(char.ConvertToUtf32(s, 0));
        var ems = Cjk(before.Value) != Cjk(after.Value) ? 0.45 : 0.2;
        return after.StartBaseLine.X - before.EndBaseLine.X > size * ems;
    }

    private static bool IsPageNumber(string text) => text.Trim('-', ' ', '—').All(char.IsAsciiDigit) && text.Any(char.IsAsciiDigit);
}
