namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>A rectangle of cells, 1-based and inclusive (a merged area).</summary>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    public bool IsSingleCell => FirstRow == LastRow && FirstColumn == LastColumn;

    /// <summary>Parses "A1:L3" (or "B2"); null when it is not such a reference.</summary>
    public static CellRange? Parse(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length is < 1 or > 2) return null;
        if (CellReference.Parse(parts[0]) is not var (r1, c1)) return null;
        if (parts.Length == 1) return new CellRange(r1, c1, r1, c1);
        if (CellReference.Parse(parts[1]) is not var (r2, c2)) return null;
        return new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
    }
}
