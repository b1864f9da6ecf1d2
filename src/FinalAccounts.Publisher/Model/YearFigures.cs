namespace FinalAccounts.Publisher.Model;

/// <summary>
/// An earlier year's figures, by figure, from one source: prior-year.yaml (each value where it was written) or, later,
/// that year's own data. A figure the source does not give is absent: it is not zero.
/// </summary>
public sealed record YearFigures(Located<int> Year, IReadOnlyDictionary<PriorFigure, Amount> Figures)
{
    /// <summary>No figures of no year.</summary>
    public static YearFigures None { get; } = new(default, new Dictionary<PriorFigure, Amount>());

    /// <summary>The figure, or null when the source does not give it.</summary>
    public Amount? Find(PriorFigure figure) => Figures.TryGetValue(figure, out var a) ? a : null;

    /// <summary>Every figure of a year's model, as that year's own data give them (for the year after it).</summary>
    public static YearFigures Of(DepartmentYear earlier) =>
        new(earlier.Department.Year, CurrentFigures.All(earlier).ToDictionary(f => f, earlier.Current));
}
