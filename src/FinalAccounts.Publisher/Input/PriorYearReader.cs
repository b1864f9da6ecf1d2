using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads prior-year.yaml: the prior year's figures (the six totals and the "三公" figures, required; 机关运行经费, any
/// line of 公开01/04表 by 行次 and any 类 of 一般公共预算财政拨款支出, optional), an optional second comparison year
/// (<c>earlier</c>, every figure optional) and the reported changes. A figure not given is absent, never zero.
/// </summary>
internal static class PriorYearReader
{
    public const string File = "prior-year.yaml";

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

    public static PriorYear Read(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, File, bag, unavailable);
        var prior = Figures(y, required: true);
        YearFigures? earlier = null;
        if (y.Map(EarlierKey, required: false) is { } e)
        {
            earlier = Figures(e, required: false);
            e.Done();
        }

        var changes = new Dictionary<PriorFigure, Amount>();
        if (y.Map("reported_changes", required: false) is { } rc)
        {
            foreach (var (key, figure) in NamedKeys.Concat(ThreePublicKeys.Select(k => ("three_public_" + k.Key, k.Figure)))
                         .Append(("three_public_vehicles", PriorFigure.ThreePublicVehicles)))
                if (rc.OptionalMoney(key, signed: true) is { } change)
                    changes[figure] = change;
            rc.Done();
        }

        y.Done();
        return new PriorYear(prior, earlier, changes);
    }

    /// <summary>One year's figures from a mapping (the file, or its <c>earlier</c> mapping).</summary>
    private static YearFigures Figures(YamlMap y, bool required)
    {
        var year = y.Integer("year");
        var figures = new Dictionary<PriorFigure, Amount>();
        foreach (var (key, figure) in NamedKeys)
            if (y.OptionalMoney(key, required) is { } a)
                figures[figure] = a;
        if (y.Map("three_public", required) is { } tp)
        {
            foreach (var (key, figure) in ThreePublicKeys)
                if (tp.OptionalMoney(key, required) is { } a)
                    figures[figure] = a;
            if (figures.TryGetValue(PriorFigure.ThreePublicVehiclePurchase, out var purchase) &&
                figures.TryGetValue(PriorFigure.ThreePublicVehicleOperation, out var operation))
                figures[PriorFigure.ThreePublicVehicles] = Amount.Computed(purchase.Value + operation.Value, y.File);
            tp.Done();
        }

        if (y.OptionalMoney(OperatingFundsKey) is { } funds) figures[PriorFigure.OperatingFunds] = funds;
        foreach (var figure in (PriorFigure[])[PriorFigure.BasicExpenditure, PriorFigure.ProjectExpenditure])
            if (y.OptionalMoney(figure.Key) is { } spending)
                figures[figure] = spending;
        foreach (var table in CurrentFigures.LineTables) Lines(y, table, figures);
        Classes(y, figures);
        SameFigures(figures);
        return new YearFigures(year, figures);
    }

    /// <summary>
    /// 公开01表 lines 1–3 are 公开04表 lines 1–3 (the three kinds of appropriation, STANDARD §B1.4): one given is the
    /// other too, so gpb_income also gives 公开01表 line 1.
    /// </summary>
    private static void SameFigures(Dictionary<PriorFigure, Amount> figures)
    {
        foreach (var line in (int[])[1, 2, 3])
        {
            var (t01, t04) = (PriorFigure.Line(PublicTables.T01, line), PriorFigure.Line(PublicTables.T04, line));
            if (figures.TryGetValue(t04, out var a) && !figures.ContainsKey(t01)) figures[t01] = a;
            else if (figures.TryGetValue(t01, out var b) && !figures.ContainsKey(t04)) figures[t04] = b;
        }
    }

    /// <summary><c>t01:</c> a mapping of 行次 to amount; a line given under its named key as well is an error.</summary>
    private static void Lines(YamlMap y, TableDescriptor table, Dictionary<PriorFigure, Amount> figures)
    {
        var key = "t" + table.Key;
        if (y.Map(key, required: false) is not { } lines) return;
        var rows = (LineRows)table.Rows;
        foreach (var (number, value) in lines.TextPairs())
        {
            if (!int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var line) ||
                !HasLine(rows, line))
            {
                y.Bag.Report(InputCodes.UnknownLine, number.Location, $"{table.FormLabel}没有第“{number.Value}”行。",
                    $"{table.FormLabel} has no line '{number.Value}'.");
                continue;
            }

            var figure = PriorFigure.Line(table, line);
            if (AmountParser.ParseMoney(value.Value, value.Location, y.Bag, y.Unit, rows.SignedLines.Contains(line)) is not { } v) continue;
            if (figures.TryGetValue(figure, out var named))
            {
                var name = NamedKeys.First(k => k.Figure == figure).Key;
                y.Bag.Report(InputCodes.PriorTwice, number.Location,
                    $"{table.FormLabel}第 {line} 行已在第 {named.Location.Line} 行以“{name}”填写。",
                    $"{table.FormLabel} line {line} is already given as '{name}' on line {named.Location.Line}.");
                continue;
            }

            figures[figure] = new Amount(v, value.Location);
        }
    }

    private static bool HasLine(LineRows rows, int line) =>
        rows.FixedName(line) is not null || line >= rows.FirstClassLine && line <= rows.LastClassLine;

    /// <summary><c>gpb_classes:</c> a mapping of 3-digit 类 codes to amounts.</summary>
    private static void Classes(YamlMap y, Dictionary<PriorFigure, Amount> figures)
    {
        if (y.Map(ClassesKey, required: false) is not { } classes) return;
        foreach (var (code, value) in classes.TextPairs())
        {
            if (code.Value.Length != 3 || !SubjectCode.IsWellFormed(code.Value))
            {
                y.Bag.Report(InputCodes.BadCode, code.Location, $"“{code.Value}”应为 3 位的类级科目编码（加引号，如 \"201\"）。",
                    $"'{code.Value}' must be a 3-digit 类 code (quoted, e.g. \"201\").");
                continue;
            }

            if (AmountParser.ParseMoney(value.Value, value.Location, y.Bag, y.Unit) is { } v)
                figures[PriorFigure.GpbClass(new SubjectCode(code.Value))] = new Amount(v, value.Location);
        }
    }
}
