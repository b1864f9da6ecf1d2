using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// A table's columns rebuilt from where its cells lie: the bands of the fullest rows (those with at least 70% of the most
/// cells) are the columns; every cell goes to the band it overlaps most, spanning the bands it covers.
/// </summary>
internal static class PdfColumns
{
    public static List<List<TableCell>> Grid(IReadOnlyList<PdfLine> rows)
    {
        var most = rows.Max(r => r.Cells.Count);
        var bands = new List<(double Left, double Right)>();
        foreach (var cell in rows.Where(r => r.Cells.Count * 10 >= most * 7).SelectMany(r => r.Cells).OrderBy(c => c.Left))
        {
            if (bands.Count > 0 && cell.Left <= bands[^1].Right) bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, cell.Right));
            else bands.Add((cell.Left, cell.Right));
        }

        return [.. rows.Select(r => Row(r, bands))];
    }

    private static List<TableCell> Row(PdfLine line, List<(double Left, double Right)> bands)
    {
        var texts = new string[bands.Count];
        var spans = new int[bands.Count];
        foreach (var cell in line.Cells)
        {
            var covered = Enumerable.Range(0, bands.Count).Where(b => Overlap(cell, bands[b]) > 0).ToList();
            var first = covered.Count > 0 ? covered[0] : Nearest(cell, bands);
            texts[first] = texts[first] is null ? cell.Text : texts[first] + " " + cell.Text;
            spans[first] = Math.Max(spans[first], covered.Count > 1 ? covered[^1] - first + 1 : 1);
        }

        var cells = new List<TableCell>();
        for (var b = 0; b < bands.Count;)
        {
            var span = Math.Max(1, spans[b]);
            cells.Add(new TableCell(texts[b] ?? "", span));
            b += span;
        }

        return cells;
    }

    public static Table Table(string file, int page, int index, List<List<TableCell>> grid) =>
        new($"t{index}", "", [], [.. Enumerable.Range(0, grid.Max(r => r.Sum(c => c.ColSpan))).Select(_ => new TableColumn(CellAlign.Left))],
            [], [.. grid.Select(r => new TableRow(r))], [], false, SourceLocation.InDocument(file, page, 0, index));

    /// <summary>The table joined with a continuation that repeats its first rows (the header on the next page), or null.</summary>
    public static Table? Continues(Table last, List<List<TableCell>> grid)
    {
        static string Key(IEnumerable<TableCell> row) => string.Join("|", row.Select(c => c.Text));
        var repeated = 0;
        while (repeated < grid.Count && repeated < last.Body.Count && Key(grid[repeated]) == Key(last.Body[repeated].Cells)) repeated++;
        var header = last.Body.TakeWhile(r => !r.Cells.Any(c => c.Text.Any(char.IsAsciiDigit) && c.Text.Contains('.'))).Count();
        if (repeated == 0 || repeated < Math.Min(header, 2)) return null;
        return last with { Body = [.. last.Body, .. grid.Skip(repeated).Select(r => new TableRow(r))] };
    }

    private static double Overlap(PdfCell cell, (double Left, double Right) band) =>
        Math.Min(cell.Right, band.Right) - Math.Max(cell.Left, band.Left);

    private static int Nearest(PdfCell cell, List<(double Left, double Right)> bands) =>
        Enumerable.Range(0, bands.Count).MinBy(b => Math.Abs((bands[b].Left + bands[b].Right) / 2 - (cell.Left + cell.Right) / 2));
}
