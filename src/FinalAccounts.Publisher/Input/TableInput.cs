using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// The rows of one 公开表 as a reader found them, before they are checked and typed: the source (a CSV file, a
/// workbook's sheet) and each row with its place and its cells, one per data column of the descriptor, in its order.
/// Every reader of tables (CSV, workbook, a finished document) yields this; the table readers build the model from it.
/// </summary>
public sealed record TableInput(TableDescriptor Table, SourceLocation Source, IReadOnlyList<InputRow> Rows)
{
    /// <summary>The unit the amount cells are written in (a workbook sheet's 金额单位, or department.yaml's amount_unit).</summary>
    public AmountUnit Unit { get; init; } = AmountUnit.WanYuan;
}

/// <summary>A row of a table as read: where it is (its first cell) and one cell per data column.</summary>
public sealed record InputRow(SourceLocation Location, IReadOnlyList<InputCell> Cells)
{
    public InputCell this[int column] => Cells[column];
}

/// <summary>A cell's text (trimmed; "" when empty) and where it was.</summary>
public readonly record struct InputCell(string Text, SourceLocation Location);
