using System.Globalization;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A share or a rate (0.244 is 24.4%) and its kind. A rate whose base is zero has no value: it exists only when the
/// house style words a zero base (<see cref="ZeroBasePolicy"/>); otherwise the fact is absent and the prose leaves the
/// clause out.
/// </summary>
public readonly record struct Ratio(decimal? Value, RatioKind Kind)
{
    public bool IsZeroBase => Value is null;

    /// <summary>part ÷ whole; with a zero whole, the style's zero base or nothing.</summary>
    public static Ratio? Of(decimal part, decimal whole, RatioKind kind, ZeroBasePolicy policy) =>
        whole != 0m ? new Ratio(part / whole, kind) : policy.Words(kind) ? new Ratio(null, kind) : null;

    public override string ToString() => Value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>What a ratio measures, which decides how a zero base is worded.</summary>
public enum RatioKind
{
    /// <summary>A part of a whole (占…的 P%).</summary>
    Share,

    /// <summary>A change against a base (增长/降低 P%).</summary>
    Growth,

    /// <summary>An actual against its budget (完成预算的 P%).</summary>
    Completion,
}
