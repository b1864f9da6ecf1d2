using System.Text;
using FinalAccounts.Publisher.Document;
using UglyToad.PdfPig.Content;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// A ruled table of a PDF page, rebuilt from the rules drawn around its cells: the column edges are where its vertical
/// rules stand, the row edges where its horizontal rules lie, and a cell is the block of grid squares that no rule
/// divides (a merged header cell spans its columns or rows). Each letter belongs to the cell its centre falls in; a
/// cell's lines are joined as the text wrapped inside it, so a header that wraps reads as one text.
/// </summary>
internal sealed class PdfGrid
{
    private readonly double[] xs;
    private readonly double[] ys;
    private readonly int[] owner;
    private readonly List<(int Row, int Column, int RowSpan, int ColSpan)> cells;

    private PdfGrid(double[] xs, double[] ys, int[] owner, List<(int, int, int, int)> cells)
    {
        (this.xs, this.ys, this.owner, this.cells) = (xs, ys, owner, cells);
    }

    public double Top => ys[0];

    public double Bottom => ys[^1];

    /// <summary>The ruled tables among a page's rules: rules that touch form one table, which needs two rows' and two columns' edges.</summary>
    public static List<PdfGrid> Of(IReadOnlyList<PdfRule> rules)
    {
        var grids = new List<PdfGrid>();
        foreach (var group in Groups(rules))
        {
            var xs = Edges(group.Where(r => !r.Horizontal).Select(r => r.At), ascending: true);
            var ys = Edges(group.Where(r => r.Horizontal).Select(r => r.At), ascending: false);
            if (xs.Length >= 2 && ys.Length >= 2) grids.Add(Build(group, xs, ys));
        }

        return [.. grids.OrderByDescending(g => g.Top)];
    }

    /// <summary>Whether a point (PDF coordinates, y up) lies inside the table.</summary>
    public bool Contains(double x, double y) => x > xs[0] && x < xs[^1] && y < ys[0] && y > ys[^1];

    /// <summary>The table's rows top first, each the cells that start in it (with their spans), texts from the letters.</summary>
    public List<List<TableCell>> Rows(IEnumerable<Letter> letters)
    {
        var inside = cells.Select(_ => new List<Letter>()).ToList();
        foreach (var letter in letters)
        {
            var (x, y) = Centre(letter);
            var column = Array.FindLastIndex(xs, e => e <= x);
            var row = Array.FindLastIndex(ys, e => e >= y);
            if (column < 0 || row < 0 || column >= xs.Length - 1 || row >= ys.Length - 1) continue;
            inside[owner[row * (xs.Length - 1) + column]].Add(letter);
        }

        var rows = Enumerable.Range(0, ys.Length - 1).Select(_ => new List<TableCell>()).ToList();
        foreach (var i in Enumerable.Range(0, cells.Count).OrderBy(i => cells[i].Row).ThenBy(i => cells[i].Column))
            rows[cells[i].Row].Add(new TableCell(Text(inside[i]), cells[i].ColSpan, cells[i].RowSpan));
        return rows;
    }

    /// <summary>Where a letter sits: the middle of its advance, a third of the type size above its baseline.</summary>
    public static (double X, double Y) Centre(Letter letter) =>
        ((letter.StartBaseLine.X + letter.EndBaseLine.X) / 2, letter.StartBaseLine.Y + letter.PointSize / 3);

    private static PdfGrid Build(List<PdfRule> group, double[] xs, double[] ys)
    {
        var (columns, rows) = (xs.Length - 1, ys.Length - 1);
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var verticals = group.Where(r => !r.Horizontal).ToLookup(r => Nearest(xs, r.At));
        var horizontals = group.Where(r => r.Horizontal).ToLookup(r => Nearest(ys, r.At));
        for (var r = 0; r < rows; r++)
        {
            var middle = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < columns; c++)
            {
                var centre = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !verticals[c + 1].Any(v => v.Covers(xs[c + 1], middle)))
                    parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                if (r + 1 < rows && !horizontals[r + 1].Any(h => h.Covers(ys[r + 1], centre)))
                    parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
            }
        }

        var index = new Dictionary<int, int>();
        var cells = new List<(int Row, int Column, int RowSpan, int ColSpan)>();
        var owner = new int[rows * columns];
        for (var i = 0; i < owner.Length; i++)
        {
            var root = Find(i);
            var (r, c) = (i / columns, i % columns);
            if (!index.TryGetValue(root, out var k))
            {
                index[root] = k = cells.Count;
                cells.Add((r, c, 1, 1));
            }

            var cell = cells[k];
            cells[k] = (cell.Row, cell.Column, Math.Max(cell.RowSpan, r - cell.Row + 1), Math.Max(cell.ColSpan, c - cell.Column + 1));
            owner[i] = k;
        }

        return new PdfGrid(xs, ys, owner, cells);
    }

    /// <summary>The rules in groups that touch (a table each), found by sweeping from the top of the page down.</summary>
    private static List<List<PdfRule>> Groups(IReadOnlyList<PdfRule> rules)
    {
        var groups = new List<(List<PdfRule> Rules, double Top, double Bottom, double Left, double Right)>();
        foreach (var rule in rules.OrderByDescending(r => r.Top))
        {
            var touching = groups.FindIndex(g => rule.Bottom <= g.Top + PdfRule.Tolerance && rule.Top >= g.Bottom - PdfRule.Tolerance &&
                                                 rule.Left <= g.Right + PdfRule.Tolerance && rule.Right >= g.Left - PdfRule.Tolerance);
            if (touching < 0)
            {
                groups.Add(([rule], rule.Top, rule.Bottom, rule.Left, rule.Right));
                continue;
            }

            var g = groups[touching];
            g.Rules.Add(rule);
            groups[touching] = (g.Rules, Math.Max(g.Top, rule.Top), Math.Min(g.Bottom, rule.Bottom),
                Math.Min(g.Left, rule.Left), Math.Max(g.Right, rule.Right));
        }

        return [.. groups.Select(g => g.Rules)];
    }

    private static int Nearest(double[] edges, double at) =>
        Enumerable.Range(0, edges.Length).MinBy(i => Math.Abs(edges[i] - at));

    /// <summary>The distinct positions among <paramref name="values"/>, those within the tolerance taken as one.</summary>
    private static double[] Edges(IEnumerable<double> values, bool ascending)
    {
        var edges = new List<double>();
        foreach (var v in values.Order())
            if (edges.Count == 0 || v - edges[^1] > PdfRule.Tolerance) edges.Add(v);
        if (!ascending) edges.Reverse();
        return [.. edges];
    }

    /// <summary>A cell's text: its lines top first, letters left to right, a space at a gap, wrapped lines joined.</summary>
    private static string Text(List<Letter> letters)
    {
        var text = new StringBuilder();
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (lines.Count > 0 && lines[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y < letter.PointSize / 2) lines[^1].Add(letter);
            else lines.Add([letter]);
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(line[0].Value[0])) text.Append(' ');
            for (var i = 0; i < line.Count; i++)
            {
                if (i > 0 && PdfLines.IsSpace(line[i - 1], line[i], line[i].PointSize)) text.Append(' ');
                text.Append(line[i].Value);
            }
        }

        return text.ToString();
    }
}
