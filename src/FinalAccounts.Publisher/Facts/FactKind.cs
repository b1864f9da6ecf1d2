using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Facts;

/// <summary>What a fact is, which decides the functions that print it (money/amount, percent, …).</summary>
public enum FactKind
{
    /// <summary>An amount (万元 in data.json; money and amount print it in the style's unit).</summary>
    Amount,

    /// <summary>A share or rate (0.244; percent prints 24.4%).</summary>
    Ratio,

    /// <summary>A whole number.</summary>
    Count,

    /// <summary>A year.</summary>
    Year,

    /// <summary>Text.</summary>
    Text,

    /// <summary>True or false.</summary>
    Flag,

    /// <summary>A word from a fixed set (up, down, same).</summary>
    Word,

    /// <summary>A list.</summary>
    List,

    /// <summary>An object with members (a comparison, an execution, a section's facts).</summary>
    Object,

    /// <summary>A fact the data do not give: a template that uses it stops with what to fill in.</summary>
    Missing,
}

/// <summary>The kinds' names as listings print them.</summary>
public static class FactKinds
{
    public static LocalizedText Name(this FactKind kind) => kind switch
    {
        FactKind.Amount => new("金额", "amount"),
        FactKind.Ratio => new("比例", "ratio"),
        FactKind.Count => new("整数", "count"),
        FactKind.Year => new("年度", "year"),
        FactKind.Text => new("文字", "text"),
        FactKind.Flag => new("是否", "flag"),
        FactKind.Word => new("词", "word"),
        FactKind.List => new("列表", "list"),
        FactKind.Object => new("对象", "object"),
        _ => new("缺少", "missing"),
    };
}
