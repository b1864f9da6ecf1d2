namespace FinalAccounts.Publisher.Model;

/// <summary>
/// The years the 情况说明 compares with: the prior year and, optionally, a second, earlier comparison year (a style may
/// compare with 2019 as well); and the changes as the 决算 system reported them (checked: prior = current − change).
/// The prior year's figures come from its own folder (data/&lt;year-1&gt;/&lt;id&gt;/) when there is one, else from
/// prior-year.yaml or the workbook's 上年数 sheet; <see cref="Adjustments"/> are the figures published differently on
/// purpose, each with its reason.
/// </summary>
public sealed record PriorYear(YearFigures Prior, YearFigures? Earlier, IReadOnlyDictionary<PriorFigure, Amount> ReportedChanges)
{
    public Located<int> Year => Prior.Year;

    /// <summary>The prior year's own folder the figures were taken from, or null when it is not there.</summary>
    public ChainedYear? Chain { get; init; }

    /// <summary>
    /// What prior-year.yaml (or the 上年数 sheet) states when the figures were taken from <see cref="Chain"/>: checked
    /// against it, figure by figure; null when there is no chain.
    /// </summary>
    public YearFigures? Stated { get; init; }

    /// <summary>The unit <see cref="Stated"/> was entered in.</summary>
    public AmountUnit StatedUnit { get; init; } = AmountUnit.WanYuan;

    /// <summary>The adjusted prior-year figures, in the order they were written.</summary>
    public IReadOnlyList<PriorAdjustment> Adjustments { get; init; } = [];

    /// <summary>The prior-year figure, zero when not given (for checks; prose asks <see cref="YearFigures.Find"/>).</summary>
    public Amount this[PriorFigure figure] => Prior.Find(figure) ?? Amount.Zero;
}
