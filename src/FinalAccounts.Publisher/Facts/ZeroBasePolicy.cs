namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Which rates with a zero base a house style words (Guangdong "--（基数为0，不可比）", Sichuan "0%") instead of leaving
/// the clause out, as the Hubei reference does.
/// </summary>
public sealed record ZeroBasePolicy(bool Share, bool Growth, bool Completion)
{
    /// <summary>Every zero-base clause left out.</summary>
    public static ZeroBasePolicy None { get; } = new(false, false, false);

    public bool Words(RatioKind kind) => kind switch
    {
        RatioKind.Share => Share,
        RatioKind.Growth => Growth,
        _ => Completion,
    };
}
