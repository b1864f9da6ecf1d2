namespace FinalAccounts.Publisher.Facts;

/// <summary>An actual against its budget: the completion rate (none when the budget is 0) and whether it is above or below.</summary>
public sealed record Execution(decimal Budget, decimal Actual)
{
    public bool HasRate => Budget != 0m;

    /// <summary>actual ÷ budget, or null when the budget is 0.</summary>
    public decimal? Rate => Budget == 0m ? null : Actual / Budget;

    public bool IsAbove => Actual > Budget;

    public bool IsBelow => Actual < Budget;

    public bool IsEqual => Actual == Budget;

    /// <summary>Above (大于), below (小于) or equal (持平) the budget.</summary>
    public Direction Relation => Actual > Budget ? Direction.Up : Actual < Budget ? Direction.Down : Direction.Same;
}
