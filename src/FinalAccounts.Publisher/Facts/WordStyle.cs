namespace FinalAccounts.Publisher.Facts;

/// <summary>The words a house style uses for directions and comparisons (style.yaml, section <c>words</c>).</summary>
public sealed record WordStyle(
    string Increase,
    string IncreaseRate,
    string Decrease,
    string DecreaseRate,
    string Unchanged,
    string Greater,
    string Less,
    string Equal)
{
    /// <summary>增加/增长, 减少/降低, 持平; 大于/小于/持平.</summary>
    public static WordStyle Default { get; } = new("增加", "增长", "减少", "降低", "持平", "大于", "小于", "持平");
}
