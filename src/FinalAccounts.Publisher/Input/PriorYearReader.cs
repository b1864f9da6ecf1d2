using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads prior-year.yaml: the prior year's figures (the six totals and the "三公" figures, required; 机关运行经费, any
/// line of 公开01/04表 by 行次 and any 类 of 一般公共预算财政拨款支出, optional), an optional second comparison year
/// (<c>earlier</c>, every figure optional) and the reported changes. A figure not given is absent, never zero. A figure
/// written as <c>{amount, reason}</c> is an adjusted 上年数, published differently on purpose.
/// When the prior year's own folder is there (<see cref="ChainedYear"/>) its figures are the prior year's: the file is
/// then optional, every figure in it too, and what it states is kept for check to compare (<see cref="PriorYear.Stated"/>);
/// an adjusted figure replaces the chain's.
/// </summary>
internal static partial class PriorYearReader
{
    public const string File = "prior-year.yaml";

    /// <summary>The keys of an adjusted figure's mapping.</summary>
    public const string AmountKey = "amount", ReasonKey = "reason";

    /// <summary>YAML keys of the named figures, all required for the prior year.</summary>
    public static readonly IReadOnlyList<(string Key, PriorFigure Figure)> NamedKeys =
    [
        ("income_expenditure_total", PriorFigure.IncomeExpenditureTotal), ("income_total", PriorFigure.IncomeTotal),
        ("expenditure_total", PriorFigure.ExpenditureTotal), ("fiscal_total", PriorFigure.FiscalTotal),
        ("gpb_income", PriorFigure.GpbIncome), ("gpb_expenditure", PriorFigure.GpbExpenditure),
    ];

    /// <summary>Keys of the "三公" mapping; the vehicles subtotal is their purchase + operation.</summary>
    public static readonly IReadOnlyList<(string Key, PriorFigure Figure)> ThreePublicKeys =
    [
        ("total", PriorFigure.ThreePublicTotal), ("overseas", PriorFigure.ThreePublicOverseas),
        ("vehicle_purchase", PriorFigure.ThreePublicVehiclePurchase), ("vehicle_operation", PriorFigure.ThreePublicVehicleOperation),
        ("reception", PriorFigure.ThreePublicReception),
    ];

    private const string OperatingFundsKey = "operating_funds";
    private const string ClassesKey = "gpb_classes";
    private const string EarlierKey = "earlier";
    private const string ChangesKey = "reported_changes";

    /// <summary>
    /// Where prior-year.yaml holds a figure, as this reader reads it: (mapping, or null at the top level; key), or null for
    /// one it derives (the vehicles subtotal). What <c>finacc new-year</c> writes for every figure a year's model has.
    /// </summary>
    public static (string? Map, string Key)? PlaceOf(PriorFigure figure)
    {
        if (NamedKeys.FirstOrDefault(k => k.Figure == figure) is { Key: { } named }) return (null, named);
        if (ThreePublicKeys.FirstOrDefault(k => k.Figure == figure) is { Key: { } part }) return ("three_public", part);
        if (figure == PriorFigure.OperatingFunds) return (null, OperatingFundsKey);
        // The other named figures (basic_expenditure, project_expenditure) are top-level keys named as the figure.
        if (figure.Table is null && figure.Code is null && !figure.Key.Contains('.', StringComparison.Ordinal)) return (null, figure.Key);
        if (figure.Table is { } table) return ("t" + table.Key, figure.LineNumber.ToString(CultureInfo.InvariantCulture));
        if (figure.Code is { } code) return (ClassesKey, code.Value);
        return null;
    }

    /// <summary>A figure as prior-year.yaml names it (income_total, three_public.total, t01.29, gpb_classes.201).</summary>
    public static string Name(PriorFigure figure) =>
        PlaceOf(figure) is { } place ? place.Map is null ? place.Key : $"{place.Map}.{place.Key}" : figure.Key;

    /// <summary>
    /// The prior year of a department folder: from <paramref name="chain"/> when the prior year's folder is there
    /// (prior-year.yaml then optional), else from prior-year.yaml; or from the workbook's 上年数 sheet when it gives
    /// figures (<paramref name="sheet"/>), in place of prior-year.yaml: both at once is FA1081, and the sheet is read.
    /// </summary>
    public static PriorYear Read(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable, ChainedYear? chain = null,
        YamlMap? sheet = null)
    {
        if (sheet is not null)
        {
            if (folder.Exists(File))
                bag.Report(InputCodes.PriorYearTwice, sheet.Location,
                    $"上年数既在 {new OwnText(sheet.Location.ToString())} 中，又在 {new OwnText(folder.Display(File))} 中；现在读取的是工作簿。",
                    $"The prior-year figures are both in {new OwnText(sheet.Location.ToString())} and in {new OwnText(folder.Display(File))}; " +
                    "the workbook is read.");
            return Read(sheet, chain);
        }

        if (chain is not null && !folder.Exists(File))
            return new PriorYear(chain.Figures, null, new Dictionary<PriorFigure, Amount>()) { Chain = chain };
        return Read(YamlFileReader.ReadOrStandIn(folder, File, bag, unavailable), chain);
    }

    /// <summary>The prior year from a mapping laid out as prior-year.yaml, and the chain when there is one.</summary>
    internal static PriorYear Read(YamlMap y, ChainedYear? chain)
    {
        var reasons = new Dictionary<PriorFigure, Located<string>>();
        var stated = Figures(y, required: chain is null, reasons);
        YearFigures? earlier = null;
        if (y.Map(EarlierKey, required: false) is { } e)
        {
            earlier = Figures(e, required: false, new Dictionary<PriorFigure, Located<string>>());
            e.Done();
        }

        var changes = new Dictionary<PriorFigure, Amount>();
        if (y.Map(ChangesKey, required: false) is { } rc)
        {
            foreach (var (key, figure) in NamedKeys.Concat(ThreePublicKeys.Select(k => ("three_public_" + k.Key, k.Figure)))
                         .Append(("three_public_vehicles", PriorFigure.ThreePublicVehicles)))
                if (rc.OptionalMoney(key, signed: true) is { } change)
                    changes[figure] = change;
            rc.Done();
        }

        y.Done();
        var adjustments = reasons.Where(r => stated.Find(r.Key) is not null)
            .Select(r => new PriorAdjustment(r.Key, stated.Find(r.Key)!.Value, chain?.Figures.Find(r.Key), r.Value)).ToList();
        if (chain is null) return new PriorYear(stated, earlier, changes) { Adjustments = adjustments };
        return new PriorYear(Adjusted(chain.Figures, adjustments), earlier, changes)
        {
            Chain = chain, Stated = stated, StatedUnit = y.Unit, Adjustments = adjustments,
        };
    }

    /// <summary>The chain's figures with the adjusted ones in their place (the vehicles subtotal following its parts).</summary>
    private static YearFigures Adjusted(YearFigures own, IReadOnlyList<PriorAdjustment> adjustments)
    {
        if (adjustments.Count == 0) return own;
        var figures = new Dictionary<PriorFigure, Amount>(own.Figures);
        foreach (var a in adjustments) figures[a.Figure] = a.Published;
        if (adjustments.Any(a => a.Figure == PriorFigure.ThreePublicVehiclePurchase || a.Figure == PriorFigure.ThreePublicVehicleOperation) &&
            figures.TryGetValue(PriorFigure.ThreePublicVehiclePurchase, out var purchase) &&
            figures.TryGetValue(PriorFigure.ThreePublicVehicleOperation, out var operation))
            figures[PriorFigure.ThreePublicVehicles] = Amount.Computed(purchase.Value + operation.Value, purchase.Location.Source);
        return own with { Figures = figures };
    }
}
