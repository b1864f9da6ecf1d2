using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A figure against a base (an earlier year, or a budget): the change and its rate. The rate of a zero base exists only
/// when the house style words it (<see cref="ZeroBasePolicy"/>). A base the data do not give is absent: the current
/// figure can be read, anything that needs the base throws <see cref="MissingFactException"/>. A comparison with the
/// prior year also holds the same figure against the second comparison year (<see cref="Earlier"/>).
/// </summary>
public sealed record Comparison : IPartialFacts
{
    private readonly Money? prior;
    private readonly LocalizedText absent;
    private readonly ZeroBasePolicy policy;
    private readonly Comparison? earlier;
    private readonly LocalizedText earlierAbsent;

    private Comparison(Money current, Money? prior, LocalizedText absent, ZeroBasePolicy policy, Comparison? earlier,
        LocalizedText earlierAbsent)
    {
        Current = current;
        this.prior = prior;
        this.absent = absent;
        this.policy = policy;
        this.earlier = earlier;
        this.earlierAbsent = earlierAbsent;
    }

    /// <summary>A figure against a base that is known.</summary>
    public Comparison(Money current, Money prior, ZeroBasePolicy? policy = null)
        : this(current, prior, NoText, policy ?? ZeroBasePolicy.None, null, NotAYear)
    {
    }

    /// <summary>A figure whose base the data do not give, and why (what to fill in).</summary>
    public static Comparison WithoutBase(Money current, LocalizedText why, ZeroBasePolicy policy) =>
        new(current, null, why, policy, null, NotAYear);

    /// <summary>This comparison, also against the second comparison year.</summary>
    public Comparison WithEarlier(Comparison against) => new(Current, prior, absent, policy, against, NoText);

    /// <summary>This comparison, without a second comparison year, and why.</summary>
    public Comparison WithoutEarlier(LocalizedText why) => new(Current, prior, absent, policy, null, why);

    public Money Current { get; }

    /// <summary>Whether the data give the base.</summary>
    public bool HasPrior => prior is not null;

    public Money Prior => prior ?? throw new MissingFactException(absent.Zh, absent.En);

    [Computed("current − prior")]
    public Money Change => Current - Prior;

    [Computed("|current − prior|")]
    public Money ChangeAbs => Money.Computed(Math.Abs(Change.Value));

    /// <summary>Whether prose states a rate: the base is not 0, or the style words a zero base.</summary>
    [Computed("rate ≠ null")]
    public bool HasRate => Rate is not null;

    /// <summary>|change| ÷ |base|; with a zero base, the style's zero base or none.</summary>
    [Computed("|change| ÷ |prior|")]
    public Ratio? Rate => Ratio.Of(Math.Abs(Change.Value), Math.Abs(Prior.Value), RatioKind.Growth, policy);

    [Computed("change > 0")]
    public bool IsUp => Change.Value > 0;

    [Computed("change < 0")]
    public bool IsDown => Change.Value < 0;

    [Computed("change = 0")]
    public bool IsSame => Change.Value == 0;

    [Computed("sign of change")]
    public Direction Direction => IsUp ? Direction.Up : IsDown ? Direction.Down : Direction.Same;

    /// <summary>Whether the same figure can be compared with the second comparison year.</summary>
    public bool HasEarlier => earlier is not null;

    /// <summary>The same figure against the second comparison year (prior-year.yaml, <c>earlier</c>).</summary>
    public Comparison Earlier => earlier ?? throw new MissingFactException(earlierAbsent.Zh, earlierAbsent.En);

    /// <summary>Everything but the current figure and the two Has… flags needs the base; <see cref="Earlier"/> needs the second year.</summary>
    public LocalizedText? Absent(string property) => property switch
    {
        nameof(Current) or nameof(HasPrior) or nameof(HasEarlier) => null,
        nameof(Earlier) => earlier is null ? earlierAbsent : null,
        _ => prior is null ? absent : null,
    };

    private static readonly LocalizedText NoText = new("", "");

    private static readonly LocalizedText NotAYear = new(
        "这不是与上年的比较，没有第二个比较年度。", "This is not a comparison with the prior year; it has no second comparison year.");
}
