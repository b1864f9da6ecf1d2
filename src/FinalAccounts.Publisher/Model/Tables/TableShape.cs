namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// How a 公开表's rows are keyed and printed. Every table of a shape is read, checked, built and written by the same
/// code, so a new table of an existing shape is one descriptor.
/// </summary>
public enum TableShape
{
    /// <summary>Numbered lines (行次), printed as income lines beside expenditure lines (公开01表, 公开04表).</summary>
    Lines,

    /// <summary>A 合计 row, then 类, 款 and 项 of the functional classification (公开02, 03, 05, 07, 08表).</summary>
    Classified,

    /// <summary>Economic 类 and 款 in two groups with their totals, printed as three column groups (公开06表).</summary>
    EconomicDetail,

    /// <summary>Two named rows (预算数, 决算数), printed side by side as one row (公开09表).</summary>
    BudgetActual,
}
