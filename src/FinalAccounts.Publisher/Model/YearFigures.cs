namespace FinalAccounts.Publisher.Model;

/// <summary>
/// An earlier year's figures, by figure, from one source: prior-year.yaml or the workbook's 上年数 sheet (each value where
/// it was written), or that year's own data (<see cref="ChainedYear"/>). A figure the source does not give is absent: it is not zero.
/// </summary>
public sealed record YearFigures(Located<int> Year, IReadOnlyDictionary<PriorFigure, Amount> Figures)
{
    /// <summary>No figures of no year.</summary>
    public static YearFigures None { get; } = new(default, new Dictionary<PriorFigure, Amount>());

    /// <summary>The figure, or null when the source does not give it.</summary>
    public Amount? Find(PriorFigure figure) => Figures.TryGetValue(figure, out var a) ? a : null;

    /// <summary>
    /// Every figure of a year's model, as that year's own data give them (for the year after it: what <c>finacc
    /// new-year</c> writes and what the next year chains to), and those of <paramref name="also"/> it has no line for.
    /// </summary>
    public static YearFigures Of(DepartmentYear earlier, IEnumerable<PriorFigure>? also = null) =>
        new(earlier.Department.Year, CurrentFigures.All(earlier).Concat(also ?? []).Distinct().ToDictionary(f => f, earlier.Current));
}
