namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>Collects a sheet's cells while a reader walks it, keeping only what lies within the sheet bounds.</summary>
internal sealed class WorksheetBuilder(string name)
{
    private readonly Dictionary<(int, int), SheetCell> cells = [];
    private readonly List<CellRange> merged = [];
    private readonly HashSet<int> hidden = [];
    private (int Row, int Column)? overflow;

    public string Name => name;

    /// <summary>Adds a non-empty cell; one beyond the bounds is remembered (the first) instead.</summary>
    public void Set(int row, int column, SheetCell cell)
    {
        if (cell.IsEmpty) return;
        if (row > InputLimits.SheetRows || column > InputLimits.SheetColumns)
        {
            overflow ??= (row, column);
            return;
        }

        cells[(row, column)] = cell;
    }

    /// <summary>Whether reading the sheet can stop: a cell beyond the last row was found.</summary>
    public bool IsFull => overflow is { Row: > InputLimits.SheetRows };

    public void Merge(CellRange range)
    {
        if (!range.IsSingleCell && range.FirstRow <= InputLimits.SheetRows && merged.Count < InputLimits.SheetRows) merged.Add(range);
    }

    public void HideColumns(int first, int last)
    {
        for (var c = Math.Max(1, first); c <= Math.Min(last, InputLimits.SheetColumns); c++) hidden.Add(c);
    }

    public Worksheet Build() => new(name, cells, merged, hidden, overflow);
}
