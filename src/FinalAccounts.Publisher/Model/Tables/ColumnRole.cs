namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>What a data column holds.</summary>
public enum ColumnRole
{
    /// <summary>A classification code (科目编码): the row's key.</summary>
    Code,

    /// <summary>A line number (行次): the row's key.</summary>
    Line,

    /// <summary>The row's name (科目名称, 项目 of a line); checked against the code list or the standard layout.</summary>
    Name,

    /// <summary>A named row (项目: 预算数, 决算数): the row's key.</summary>
    Item,

    /// <summary>An amount in 万元.</summary>
    Amount,
}
