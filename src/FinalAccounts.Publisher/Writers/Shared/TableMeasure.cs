namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// A table as the pagination measured it: its column widths and the height of each row (header rows first), in points,
/// and for each body row the body row of labels repeated above it when a page starts inside its group (-1: none).
/// </summary>
public sealed record TableMeasure(
    IReadOnlyList<double> ColumnWidthsPt, IReadOnlyList<double> RowHeightsPt, IReadOnlyList<int> LabelRows);
