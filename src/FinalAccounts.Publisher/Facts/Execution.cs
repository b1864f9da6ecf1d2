namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// An actual against its budget: the completion rate (with a zero budget, the style's zero base or none) and whether
/// the actual is above, below or equal to the budget.
/// </summary>
public sealed record Execution
{
    private readonly ZeroBasePolicy policy;

    public Execution(Money budget, Money actual, ZeroBasePolicy? policy = null)
    {
        Budget = budget;
        Actual = actual;
        this.policy = policy ?? ZeroBasePolicy.None;
    }

    public Money Budget { get; }

    public Money Actual { get; }

    /// <summary>Whether prose states a completion rate: the budget is not 0, or the style words a zero budget.</summary>
    [Computed("rate ≠ null")]
    public bool HasRate => Rate is not null;

    /// <summary>actual ÷ budget; with a zero budget, the style's zero base or none.</summary>
    [Computed("actual ÷ budget")]
    public Ratio? Rate => Ratio.Of(Actual.Value, Budget.Value, RatioKind.Completion, policy);

    [Computed("actual > budget")]
    public bool IsAbove => Actual.Value > Budget.Value;

    [Computed("actual < budget")]
    public bool IsBelow => Actual.Value < Budget.Value;

    [Computed("actual = budget")]
    public bool IsEqual => Actual.Value == Budget.Value;

    /// <summary>Above (大于), below (小于) or equal (持平) the budget.</summary>
    [Computed("actual against budget")]
    public Direction Relation => IsAbove ? Direction.Up : IsBelow ? Direction.Down : Direction.Same;
}
