using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// The precision at which two figures entered in different units compare. A figure entered in 万元 at two decimals is the
/// 四舍五入 of the exact 元 figure, as the finance system rounds its own 万元 tables (the model the tail tolerance of sums,
/// <see cref="RoundingTolerance"/>, rests on). So a figure entered in 元 beside one entered in 万元 is rounded to the
/// coarser precision by the one rule (<see cref="Rounding"/>) before they are compared; figures entered in one unit
/// are compared exactly.
/// </summary>
public static class UnitPrecision
{
    /// <summary>The decimals of 万元 at which figures entered in these units compare; null when they are one unit (exactly).</summary>
    public static int? Common(AmountUnit first, AmountUnit second) =>
        first == second ? null : Math.Min(first.WanYuanDecimals, second.WanYuanDecimals);

    /// <summary>A figure (万元) as compared at <paramref name="decimals"/>: rounded by the one rule, or as it is when null.</summary>
    public static decimal At(decimal value, int? decimals) => decimals is { } d ? Rounding.Round(value, d) : value;
}
