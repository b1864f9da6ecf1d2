using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

internal static partial class PriorYearReader
{
    /// <summary>
    /// One year's figures from a mapping (the file, or its <c>earlier</c> mapping); the reasons of adjusted figures go to
    /// <paramref name="reasons"/>.
    /// </summary>
    private static YearFigures Figures(YamlMap y, bool required, Dictionary<PriorFigure, Located<string>> reasons)
    {
        var year = y.OptionalInteger("year", required) ?? new Located<int>(0, y.Location);
        var figures = new Dictionary<PriorFigure, Amount>();
        void Named(YamlMap map, string key, PriorFigure figure, bool must)
        {
            if (Figure(map, key, must, figure, reasons) is { } a) figures[figure] = a;
        }

        foreach (var (key, figure) in NamedKeys) Named(y, key, figure, required);
        if (y.Map("three_public", required) is { } tp)
        {
            foreach (var (key, figure) in ThreePublicKeys) Named(tp, key, figure, required);
            if (figures.TryGetValue(PriorFigure.ThreePublicVehiclePurchase, out var purchase) &&
                figures.TryGetValue(PriorFigure.ThreePublicVehicleOperation, out var operation))
                figures[PriorFigure.ThreePublicVehicles] = Amount.Computed(purchase.Value + operation.Value, y.Location.Source);
            tp.Done();
        }

        Named(y, OperatingFundsKey, PriorFigure.OperatingFunds, false);
        foreach (var figure in (PriorFigure[])[PriorFigure.BasicExpenditure, PriorFigure.ProjectExpenditure]) Named(y, figure.Key, figure, false);
        foreach (var table in CurrentFigures.LineTables) Lines(y, table, figures, reasons);
        Classes(y, figures, reasons);
        SameFigures(figures, reasons);
        return new YearFigures(year, figures);
    }

    /// <summary>A figure: an amount, or an adjusted one (a mapping of <c>amount</c> and <c>reason</c>, both required).</summary>
    private static Amount? Figure(YamlMap y, string key, bool required, PriorFigure figure,
        Dictionary<PriorFigure, Located<string>> reasons, bool signed = false)
    {
        if (!y.HoldsMap(key)) return y.OptionalMoney(key, required, signed);
        return y.Map(key) is { } adjusted ? Adjusted(adjusted, figure, reasons, signed) : null;
    }

    private static Amount? Adjusted(YamlMap adjusted, PriorFigure figure, Dictionary<PriorFigure, Located<string>> reasons, bool signed)
    {
        var amount = adjusted.OptionalMoney(AmountKey, required: true, signed);
        var reason = adjusted.Text(ReasonKey);
        adjusted.Done();
        if (amount is not null && reason.Value.Length > 0) reasons[figure] = reason;
        return amount;
    }

    /// <summary>
    /// 公开01表 lines 1–3 are 公开04表 lines 1–3 (the three kinds of appropriation, STANDARD §B1.4): one given is the
    /// other too, so gpb_income also gives 公开01表 line 1 (with its reason, when adjusted).
    /// </summary>
    private static void SameFigures(Dictionary<PriorFigure, Amount> figures, Dictionary<PriorFigure, Located<string>> reasons)
    {
        foreach (var line in (int[])[1, 2, 3])
        {
            var (t01, t04) = (PriorFigure.Line(PublicTables.T01, line), PriorFigure.Line(PublicTables.T04, line));
            var (from, to) = figures.ContainsKey(t04) && !figures.ContainsKey(t01) ? (t04, t01)
                : figures.ContainsKey(t01) && !figures.ContainsKey(t04) ? (t01, t04) : (null, null);
            if (from is null || to is null) continue;
            figures[to] = figures[from];
            if (reasons.TryGetValue(from, out var reason)) reasons[to] = reason;
        }
    }

    /// <summary><c>t01:</c> a mapping of 行次 to amount; a line given under its named key as well is an error.</summary>
    private static void Lines(YamlMap y, TableDescriptor table, Dictionary<PriorFigure, Amount> figures,
        Dictionary<PriorFigure, Located<string>> reasons)
    {
        var key = "t" + table.Key;
        if (y.Map(key, required: false) is not { } lines) return;
        var rows = (LineRows)table.Rows;
        foreach (var (number, value) in lines.Entries())
        {
            if (!int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var line) ||
                !HasLine(rows, line))
            {
                y.Bag.Report(InputCodes.UnknownLine, number.Location, $"{table.FormLabel}没有第“{number.Value}”行。",
                    $"{table.FormLabel} has no line '{number.Value}'.");
                continue;
            }

            var figure = PriorFigure.Line(table, line);
            var signed = rows.SignedLines.Contains(line);
            if (figures.TryGetValue(figure, out var named))
            {
                var name = NamedKeys.First(k => k.Figure == figure).Key;
                y.Bag.Report(InputCodes.PriorTwice, number.Location,
                    $"{table.FormLabel}第 {line} 行已在第 {named.Location.Line} 行以“{name}”填写。",
                    $"{table.FormLabel} line {line} is already given as '{name}' on line {named.Location.Line}.");
                continue;
            }

            if (Entry(y, value, figure, reasons, signed) is { } a) figures[figure] = a;
        }
    }

    /// <summary>An entry of a mapping of figures (t01, gpb_classes): an amount or an adjusted one.</summary>
    private static Amount? Entry(YamlMap y, YamlItem value, PriorFigure figure, Dictionary<PriorFigure, Located<string>> reasons,
        bool signed = false)
    {
        if (value.Map is { } adjusted) return Adjusted(adjusted, figure, reasons, signed);
        var text = value.Text ?? new Located<string>("", value.Location);
        return AmountParser.ParseMoney(text.Value, text.Location, y.Bag, y.Unit, signed) is { } v ? new Amount(v, text.Location) : null;
    }

    private static bool HasLine(LineRows rows, int line) =>
        rows.FixedName(line) is not null || line >= rows.FirstClassLine && line <= rows.LastClassLine;

    /// <summary><c>gpb_classes:</c> a mapping of 3-digit 类 codes to amounts.</summary>
    private static void Classes(YamlMap y, Dictionary<PriorFigure, Amount> figures, Dictionary<PriorFigure, Located<string>> reasons)
    {
        if (y.Map(ClassesKey, required: false) is not { } classes) return;
        foreach (var (code, value) in classes.Entries())
        {
            if (code.Value.Length != 3 || !SubjectCode.IsWellFormed(code.Value))
            {
                y.Bag.Report(InputCodes.BadCode, code.Location, $"“{code.Value}”应为 3 位的类级科目编码（加引号，如 \"201\"）。",
                    $"'{code.Value}' must be a 3-digit 类 code (quoted, e.g. \"201\").");
                continue;
            }

            var figure = PriorFigure.GpbClass(new SubjectCode(code.Value));
            if (Entry(y, value, figure, reasons) is { } a) figures[figure] = a;
        }
    }
}
