namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// A table as the pagination measured it: its column widths and the height of each row (header rows first), in points,
/// for each body row the body row of labels repeated above it when a page starts inside its group (-1: none), and where
/// the parts of each meta line (部门 / 年度 / 单位) above it were placed, in the table's order of meta lines.
/// </summary>
public sealed record TableMeasure(
    IReadOnlyList<double> ColumnWidthsPt,
    IReadOnlyList<double> RowHeightsPt,
    IReadOnlyList<int> LabelRows,
    IReadOnlyList<MetaLinePlacement> MetaLines);
