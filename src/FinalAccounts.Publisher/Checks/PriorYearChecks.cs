using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// Years chain (issue 15.5): when the prior year's own folder gives the prior-year figures, every figure prior-year.yaml
/// (or the workbook's 上年数 sheet) states must be that year's own, unless it is written as adjusted, with a reason. A
/// disagreement is FA4012 at the stated figure, naming both values and both places. Figures entered in different units
/// compare at the coarser precision (<see cref="UnitPrecision"/>).
/// </summary>
internal static class PriorYearChecks
{
    public static void Run(CheckContext ctx)
    {
        var prior = ctx.Model.PriorYear;
        if (prior is not { Chain: { } chain, Stated: { } stated }) return;
        var unit = ctx.Unit.Name;
        var year = chain.Figures.Year;
        if (stated.Year.Value != 0 && stated.Year.Value != year.Value)
            ctx.Report(CheckCodes.PriorYearDisagrees, stated.Year.Location,
                $"上年度写的是 {stated.Year.Value}，而上年文件夹 {new OwnText(chain.Folder)} 是 {year.Value} 年度（{year.Location}）。",
                $"The prior year is given as {stated.Year.Value}, but the prior year's folder {new OwnText(chain.Folder)} is " +
                $"{year.Value} ({year.Location}).");
        var adjusted = prior.Adjustments.Select(a => a.Figure).ToHashSet();
        var decimals = UnitPrecision.Common(prior.StatedUnit, chain.Unit);
        var reported = new HashSet<SourceLocation>();
        foreach (var (figure, given) in stated.Figures)
        {
            if (!given.IsGiven || adjusted.Contains(figure) || chain.Figures.Find(figure) is not { } own) continue;
            if (UnitPrecision.At(given.Value, decimals) == UnitPrecision.At(own.Value, decimals) || !reported.Add(given.Location)) continue;
            var name = PriorYearReader.Name(figure);
            var here = new OwnText(given.Location.ToString());
            var there = new OwnText(own.Location.IsNone ? chain.Folder : own.Location.ToString());
            ctx.Report(CheckCodes.PriorYearDisagrees, given.Location,
                $"上年数 {name}：这里（{here}）是 {ctx.Money(given.Value)} {unit}，上年决算（{there}）是 {ctx.Money(own.Value)} {unit}。",
                $"Prior-year {name}: {ctx.Money(given.Value)} {unit} here ({here}), {ctx.Money(own.Value)} {unit} in the prior " +
                $"year's accounts ({there}).");
        }
    }
}
