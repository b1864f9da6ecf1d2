namespace FinalAccounts.Publisher.Model;

/// <summary>
/// The years the 情况说明 compares with: the prior year and, optionally, a second, earlier comparison year (a style may
/// compare with 2019 as well); and the changes as the 决算 system reported them (checked: prior = current − change).
/// </summary>
public sealed record PriorYear(YearFigures Prior, YearFigures? Earlier, IReadOnlyDictionary<PriorFigure, Amount> ReportedChanges)
{
    public Located<int> Year => Prior.Year;

    /// <summary>The prior-year figure, zero when not given (for checks; prose asks <see cref="YearFigures.Find"/>).</summary>
    public Amount this[PriorFigure figure] => Prior.Find(figure) ?? Amount.Zero;
}
