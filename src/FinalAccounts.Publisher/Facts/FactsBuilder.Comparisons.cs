using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

public sealed partial class FactsBuilder
{
    private static readonly IReadOnlyDictionary<string, string> NamedLabels = new Dictionary<string, string>
    {
        [PriorFigure.GpbExpenditure.Key] = "一般公共预算财政拨款支出",
        [PriorFigure.ThreePublicTotal.Key] = "“三公”经费合计",
        [PriorFigure.ThreePublicOverseas.Key] = "因公出国（境）费",
        [PriorFigure.ThreePublicVehicles.Key] = "公务用车购置及运行维护费",
        [PriorFigure.ThreePublicVehiclePurchase.Key] = "公务用车购置费",
        [PriorFigure.ThreePublicVehicleOperation.Key] = "公务用车运行维护费",
        [PriorFigure.ThreePublicReception.Key] = "公务接待费",
        [PriorFigure.OperatingFunds.Key] = "机关运行经费",
        [PriorFigure.BasicExpenditure.Key] = "基本支出",
        [PriorFigure.ProjectExpenditure.Key] = "项目支出",
    };

    /// <summary>A figure of this year against the prior year and the second comparison year.</summary>
    private Comparison Compare(PriorFigure figure) => Compare([figure], Money.Of(m.Current(figure)), Label(figure));

    /// <summary>
    /// A sum of figures (财政拨款收入 = 公开01表 lines 1–3) against the sums of their earlier values, absent when one of
    /// them is absent.
    /// </summary>
    private Comparison Compare(IReadOnlyList<PriorFigure> figures, Money current, string label)
    {
        var years = m.PriorYear;
        var prior = Against(years.Prior, figures, current, label, earlier: false);
        if (years.Earlier is not { } earlier)
            return prior.WithoutEarlier(new(
                "prior-year.yaml 中没有第二个比较年度：要与更早的年度比较，请在其中写 earlier:（含 year 和要比较的数，见 data/README.md）。",
                "prior-year.yaml has no second comparison year: add an 'earlier:' mapping with its year and figures (see data/README.md)."));
        return prior.WithEarlier(Against(earlier, figures, current, label, earlier: true));
    }

    private Comparison Against(YearFigures year, IReadOnlyList<PriorFigure> figures, Money current, string label, bool earlier)
    {
        var found = figures.Select(year.Find).ToList();
        var missing = figures.Where((_, i) => found[i] is null).FirstOrDefault();
        if (missing is null)
        {
            var source = found.Count == 1 ? found[0]!.Value.Location : SourceLocation.None;
            return new Comparison(current, new Money(found.Sum(a => a!.Value.Value), source), policy);
        }

        var when = year.Year.Value > 0 ? $"{year.Year.Value}年" : earlier ? "第二个比较年度" : "上年";
        var whenEn = year.Year.Value > 0 ? $"{year.Year.Value}" : earlier ? "the second comparison year" : "the prior year";
        var (where, whereEn) = Where(missing.Key);
        var under = earlier ? "在 earlier: 之下" : "";
        var underEn = earlier ? "under 'earlier:', " : "";
        var key = (earlier ? "earlier." : "") + Input.PriorYearReader.Name(missing);
        return Comparison.WithoutBase(current, new LocalizedText(
            $"prior-year.yaml 中没有{label}（{missing.Key}）的{when}数：请{under}{where}；用工作簿“上年数”表时添一行，键为 {key}" +
            "（见 data/README.md）。",
            $"prior-year.yaml lacks {missing.Key} ({label}) for {whenEn}: {underEn}{whereEn}; in the workbook's 上年数 sheet add " +
            $"a row keyed {key} (see data/README.md)."), policy);
    }

    /// <summary>How prior-year.yaml holds a figure: t01.29 → under "t01:" a line "29": amount.</summary>
    private static (string Zh, string En) Where(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return ($"写 {key}: 金额", $"write '{key}: <amount>'");
        var (group, member) = (key[..dot], key[(dot + 1)..]);
        var quoted = char.IsAsciiDigit(member[0]) ? $"\"{member}\"" : member;
        return ($"在 {group}: 下写一行 {quoted}: 金额", $"under '{group}:' write '{quoted}: <amount>'");
    }

    /// <summary>A part that prior-year.yaml has no figure for (公开03表's kinds of spending, the fund tables' classes).</summary>
    private Comparison NotCompared(Money current, string name) => Comparison.WithoutBase(current, new LocalizedText(
        $"{name}没有上年数：prior-year.yaml 只记录公开01表、04表的各行、一般公共预算财政拨款支出各类和列出的合计数（见 data/README.md）。",
        $"{name} has no prior-year figure: prior-year.yaml holds the lines of 公开01/04表, the 类 of 公开05表 and the named totals."),
        policy).WithoutEarlier(new("这一项没有上年数，也没有第二个比较年度的数。", "This part has no prior-year figure, nor one for a second year."));

    private string Label(PriorFigure figure)
    {
        if (figure.Table is { } table) return $"{table.FormLabel}第{figure.LineNumber}行 {m.Table<LineTable>(table).Line(figure.LineNumber).Name}";
        if (figure.Code is { } code) return $"{m.Reference.Functional.Find(code)?.Name ?? code.Value}（{code.Value}）";
        return NamedLabels.TryGetValue(figure.Key, out var label) ? label : figure.Key;
    }
}
