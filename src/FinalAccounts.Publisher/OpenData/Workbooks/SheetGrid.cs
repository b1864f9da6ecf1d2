namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// The planner's scratch grid: cells placed with their spans (the cells a merge covers get the same style, so borders
/// are drawn around the whole range), then frozen into a <see cref="SheetPlan"/> with row heights for wrapped text.
/// </summary>
internal sealed class SheetGrid
{
    private const double TitleHeight = 27;

    private readonly SortedDictionary<int, SortedDictionary<int, SheetCell>> rows = [];
    private readonly Dictionary<(int Row, int Column), (int Span, int RowSpan, string Shown)> origins = [];
    private readonly List<CellRange> merges = [];

    public void Put(int row, int column, CellStyle style, string? text = null, int span = 1, int rowSpan = 1,
        decimal? number = null, string? shown = null)
    {
        for (var r = row; r < row + rowSpan; r++)
            for (var c = column; c < column + span; c++)
                At(r)[c] = new SheetCell(c, style);
        At(row)[column] = new SheetCell(column, style, text, number);
        origins[(row, column)] = (span, rowSpan, shown ?? text ?? "");
        if (span > 1 || rowSpan > 1) merges.Add(new CellRange(row, column, row + rowSpan - 1, column + span - 1));
    }

    /// <summary>The first column from <paramref name="column"/> on that no cell or merge takes yet.</summary>
    public int NextFree(int row, int column)
    {
        while (rows.TryGetValue(row, out var cells) && cells.ContainsKey(column)) column++;
        return column;
    }

    /// <summary>The shown texts of the cells in one column (no wider merge) between two rows.</summary>
    public IEnumerable<string> SingleColumnTexts(int column, int fromRow, int toRow) =>
        origins.Where(o => o.Key.Column == column && o.Key.Row >= fromRow && o.Key.Row <= toRow && o.Value.Span == 1)
            .Select(o => o.Value.Shown);

    public SheetPlan Plan(string name, int headerFirst, int headerLast, bool landscape, IReadOnlyList<double> widths)
    {
        var heights = new Dictionary<int, double> { [SheetPlanner.TitleRow] = TitleHeight };
        foreach (var ((row, column), (span, rowSpan, shown)) in origins)
        {
            if (rowSpan > 1 || shown.Length == 0 || row == SheetPlanner.TitleRow || row == SheetPlanner.MetaRow) continue;
            var width = widths.Skip(column - 1).Take(span).Sum();
            if (row > headerLast && SheetPlanner.Units(shown) <= width - 1.5) continue;
            heights[row] = Math.Max(heights.GetValueOrDefault(row), SheetPlanner.Height(shown, width));
        }

        var sheetRows = rows.Select(r => new SheetRow(r.Key, heights.GetValueOrDefault(r.Key), r.Value.Values.ToList())).ToList();
        var ordered = merges.OrderBy(m => m.FirstRow).ThenBy(m => m.FirstColumn).ToList();
        return new SheetPlan(name, sheetRows, ordered, widths, headerFirst, headerLast, landscape);
    }

    private SortedDictionary<int, SheetCell> At(int row)
    {
        if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
        return cells;
    }
}
