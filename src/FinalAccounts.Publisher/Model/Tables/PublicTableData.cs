using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// The figures of one 公开表 of a department-year: the table's descriptor and the source it was read from (a data
/// file, a workbook's sheet; what checks name when the source could not be read), whatever its shape.
/// </summary>
public abstract record PublicTableData(TableDescriptor Table, SourceLocation Source)
{
    /// <summary>The unit its amounts were entered in (a workbook sheet's 金额单位, or department.yaml's amount_unit).</summary>
    public AmountUnit Unit { get; init; } = AmountUnit.WanYuan;

    /// <summary>Whether every figure is zero (the table is printed empty, with its "无…" sentence where the style has one).</summary>
    public abstract bool IsEmpty { get; }

    /// <summary>
    /// The rows as the data files hold them, in the descriptor's column order: key and name texts, then the amounts
    /// (with the subtotals the tool computed).
    /// </summary>
    public abstract IEnumerable<DataRecord> Records();
}
