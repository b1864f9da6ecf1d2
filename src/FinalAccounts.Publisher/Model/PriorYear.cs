namespace FinalAccounts.Publisher.Model;

/// <summary>
/// Prior-year figures (prior-year.yaml) and, optionally, the changes as the 决算 system reported them
/// (checked: prior = current − change).
/// </summary>
public sealed record PriorYear(
    Located<int> Year,
    IReadOnlyDictionary<PriorFigure, Amount> Figures,
    IReadOnlyDictionary<PriorFigure, Amount> ReportedChanges)
{
    public Amount this[PriorFigure figure] => Figures.TryGetValue(figure, out var a) ? a : Amount.Zero;
}
