namespace FinalAccounts.Publisher.Model;

/// <summary>
/// The prior year's own folder (data/&lt;year-1&gt;/&lt;id&gt;/) as the source of its figures: the folder as messages
/// print it, the unit its data are entered in, and its figures as check computes them (<see cref="YearFigures.Of"/>,
/// the numbers its data.json publishes).
/// </summary>
public sealed record ChainedYear(string Folder, AmountUnit Unit, YearFigures Figures)
{
    /// <summary>
    /// The figures of <paramref name="prior"/>, read from <paramref name="folder"/>, with those of <paramref name="also"/>
    /// it has no line for (a 类 new in the year after it is 0 in it).
    /// </summary>
    public static ChainedYear Of(DepartmentYear prior, string folder, IEnumerable<PriorFigure> also) =>
        new(folder, prior.Department.AmountUnit, YearFigures.Of(prior, also));
}
