using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Compose;

/// <summary>What each kind is called, and which values are of it.</summary>
internal static class ArgKinds
{
    public static bool Accepts(this ArgKind kind, object? value) => kind switch
    {
        ArgKind.Amount => value is TemplateAmount,
        ArgKind.Ratio => value is TemplateRatio or null,
        ArgKind.Comparison => value is Comparison,
        ArgKind.Execution => value is Execution,
        ArgKind.Count => value is int or long,
        ArgKind.Number => value is int or long or decimal or double or float,
        ArgKind.Text => value is string,
        _ => value is System.Collections.IEnumerable and not string,
    };

    public static LocalizedText Name(this ArgKind kind) => kind switch
    {
        ArgKind.Amount => new("金额", "an amount"),
        ArgKind.Ratio => new("比例或增减率", "a share or rate"),
        ArgKind.Comparison => new("比较（如 summary.total）", "a comparison (such as summary.total)"),
        ArgKind.Execution => new("预算执行（如 gpb.execution）", "a budget execution (such as gpb.execution)"),
        ArgKind.Count => new("整数", "a whole number"),
        ArgKind.Number => new("数字", "a number"),
        ArgKind.Text => new("文字", "text"),
        _ => new("列表", "a list"),
    };

    /// <summary>The kind a value is, for messages.</summary>
    public static LocalizedText NameOf(object? value) => value switch
    {
        null => new("空值", "nothing (null)"),
        TemplateNumber n => n.Kind,
        Comparison => ArgKind.Comparison.Name(),
        Execution => ArgKind.Execution.Name(),
        int or long => ArgKind.Count.Name(),
        decimal or double or float => ArgKind.Number.Name(),
        string => ArgKind.Text.Name(),
        System.Collections.IEnumerable => ArgKind.List.Name(),
        _ => new("对象", "an object"),
    };
}
