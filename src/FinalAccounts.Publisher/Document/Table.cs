using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// A table: lines above it (form number, department, period, unit), header rows and body rows whose cells may span
/// rows and columns (only the cell where a span starts is listed, as in HTML), and note lines below it.
/// <see cref="Wide"/> asks writers for a landscape page.
/// </summary>
public sealed record Table(
    string Id,
    string Title,
    IReadOnlyList<TableMetaLine> Preamble,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Header,
    IReadOnlyList<TableRow> Body,
    IReadOnlyList<string> Notes,
    bool Wide,
    SourceLocation Location) : Block(Location);

/// <summary>A line above a table with up to three parts: left ("部门：…"), centre ("2024年度"), right ("单位：万元").</summary>
public sealed record TableMetaLine(string Left, string Center, string Right);

/// <summary>A column: default alignment, a relative width hint (0: from content) and whether it holds numbers.</summary>
public sealed record TableColumn(CellAlign Align, double Weight = 0, bool Numeric = false);

/// <summary>A row of cells.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, TableRowKind Kind = TableRowKind.Body);

/// <summary>What a row is for.</summary>
public enum TableRowKind
{
    /// <summary>A header row (repeated on every page the table spans).</summary>
    Header,

    /// <summary>The 栏次 row that numbers the columns; part of the header.</summary>
    ColumnNumbers,

    /// <summary>An ordinary body row.</summary>
    Body,

    /// <summary>A total or subtotal row, set in bold.</summary>
    Total,
}

/// <summary>
/// A cell. Text may hold "\n" for line breaks. <see cref="Align"/> overrides the column's alignment.
/// <see cref="IsHeader"/> marks a label cell in the body (a row header).
/// </summary>
public sealed record TableCell(
    string Text,
    int ColSpan = 1,
    int RowSpan = 1,
    CellAlign? Align = null,
    bool Bold = false,
    bool IsHeader = false);

/// <summary>Horizontal alignment of a cell.</summary>
public enum CellAlign
{
    Left,
    Center,
    Right,
}
