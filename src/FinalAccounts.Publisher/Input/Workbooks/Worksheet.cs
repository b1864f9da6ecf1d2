namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// One sheet of a workbook as read, whatever the file format: its name, its non-empty cells (1-based rows and columns,
/// bounded by <see cref="InputLimits.SheetRows"/> and <see cref="InputLimits.SheetColumns"/>), its merged areas and
/// hidden columns. <see cref="Overflow"/> is the first non-empty cell found beyond the bounds (not read), if any.
/// </summary>
public sealed class Worksheet(
    string name,
    IReadOnlyDictionary<(int Row, int Column), SheetCell> cells,
    IReadOnlyList<CellRange> merged,
    IReadOnlySet<int> hiddenColumns,
    (int Row, int Column)? overflow)
{
    public string Name { get; } = name;

    public IReadOnlyList<CellRange> Merged { get; } = merged;

    public IReadOnlySet<int> HiddenColumns { get; } = hiddenColumns;

    public (int Row, int Column)? Overflow { get; } = overflow;

    /// <summary>The last row and column that hold anything.</summary>
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    public int LastColumn { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Column);

    public SheetCell this[int row, int column] => cells.TryGetValue((row, column), out var c) ? c : SheetCell.Empty;

    /// <summary>The merged area a cell lies in, or null.</summary>
    public CellRange? MergeAt(int row, int column)
    {
        foreach (var m in Merged)
            if (m.Contains(row, column)) return m;
        return null;
    }

    /// <summary>Whether any cell of a row holds something.</summary>
    public bool IsBlankRow(int row)
    {
        for (var c = 1; c <= LastColumn; c++)
            if (!this[row, c].IsEmpty) return false;
        return true;
    }
}
