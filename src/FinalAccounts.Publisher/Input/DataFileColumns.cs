namespace FinalAccounts.Publisher.Input;

/// <summary>The headers of the data CSV files that are not 公开表 (those come from the tables' descriptors).</summary>
internal static class DataFileColumns
{
    public const string CodeColumn = "科目编码";
    public const string NameColumn = "科目名称";

    /// <summary>budget-execution.csv columns.</summary>
    public static IReadOnlyList<string> BudgetExecutionColumns { get; } = [CodeColumn, NameColumn, "年初预算", "决算数", "原因"];

    /// <summary>The columns of a form's indicator CSV.</summary>
    public static IReadOnlyList<string> IndicatorColumns { get; } = ["一级指标", "二级指标", "指标名称", "年初目标值", "实际完成值", "得分"];

    /// <summary>key-work.csv columns.</summary>
    public static IReadOnlyList<string> KeyWorkColumns { get; } = ["序号", "重要事项", "工作内容及目标", "完成情况"];
}
