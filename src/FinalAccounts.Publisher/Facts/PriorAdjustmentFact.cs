namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// An adjusted prior-year figure (an 上年数 published differently from the prior year's own accounts, with a reason):
/// the figure as prior-year.yaml names it (<c>income_total</c>, <c>t01.29</c>), its label, the published prior-year
/// figure every comparison uses, the prior year's own figure (when its folder is there) and the stated reason.
/// </summary>
public sealed record PriorAdjustmentFact(string Figure, string Label, Money Prior, Model.Located<string> Reason)
{
    internal Money? OwnOrNull { get; init; }

    /// <summary>Whether the prior year's own figure is known (its folder is there).</summary>
    public bool HasOwn => OwnOrNull is not null;

    /// <summary>The prior year's own figure, as its folder gives it.</summary>
    public Money Own => OwnOrNull ?? throw new MissingFactException(
        $"{Label}（{Figure}）没有上年自己的决算数：上年文件夹 data/<上年>/<部门标识>/ 不存在。",
        $"{Label} ({Figure}) has no figure of the prior year's own: its folder data/<year-1>/<id>/ is not there.");
}
