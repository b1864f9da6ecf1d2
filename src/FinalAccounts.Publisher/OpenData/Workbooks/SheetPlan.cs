namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// One sheet of the tables' workbook, planned before any XML is written: its name, rows of cells, merged ranges, column
/// widths, the header rows (frozen, repeated on every printed page) and whether it prints landscape. All 1-based.
/// </summary>
public sealed record SheetPlan(
    string Name,
    IReadOnlyList<SheetRow> Rows,
    IReadOnlyList<CellRange> Merges,
    IReadOnlyList<double> ColumnWidths,
    int HeaderFirstRow,
    int HeaderLastRow,
    bool Landscape)
{
    public int ColumnCount => ColumnWidths.Count;

    /// <summary>The cell at a row and column, or null.</summary>
    public SheetCell? Cell(int row, int column) =>
        Rows.FirstOrDefault(r => r.Index == row)?.Cells.FirstOrDefault(c => c.Column == column);
}

/// <summary>A row: its number, its height in points (0: the default) and its cells, left to right.</summary>
public sealed record SheetRow(int Index, double Height, IReadOnlyList<SheetCell> Cells);

/// <summary>A cell: its column, a text or a number (or neither: an empty cell that still has a style, e.g. borders).</summary>
public sealed record SheetCell(int Column, CellStyle Style, string? Text = null, decimal? Number = null);

/// <summary>A merged range, from its top-left to its bottom-right cell.</summary>
public sealed record CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public override string ToString() =>
        Diagnostics.SourceLocation.CellName(FirstRow, FirstColumn) + ":" + Diagnostics.SourceLocation.CellName(LastRow, LastColumn);
}

/// <summary>The look of a cell; each is one cell format of the workbook's stylesheet, in this order.</summary>
public enum CellStyle
{
    Default,
    Title,
    FormLabel,
    MetaLeft,
    MetaCenter,
    MetaRight,
    Header,
    ColumnNumber,
    Text,
    Centered,
    Amount,
    TotalLabel,
    TotalText,
    TotalAmount,
    Note,
}
