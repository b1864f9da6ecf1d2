namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// The words a house style uses for directions and comparisons (style.yaml, section <c>words</c>), and what prose says
/// when an actual equals its budget and no reason is given (<see cref="EqualWithoutReason"/>: nothing in the reference).
/// </summary>
public sealed record WordStyle(
    string Increase,
    string IncreaseRate,
    string Decrease,
    string DecreaseRate,
    string Unchanged,
    string Greater,
    string Less,
    string Equal,
    string EqualWithoutReason = "")
{
    /// <summary>增加/增长, 减少/降低, 持平; 大于/小于/持平.</summary>
    public static WordStyle Default { get; } = new("增加", "增长", "减少", "降低", "持平", "大于", "小于", "持平");
}
