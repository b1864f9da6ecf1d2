using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// prior-year.yaml for the year after a department-year: every figure the year's model has (<see cref="YearFigures.Of"/>,
/// the figures the year after chains to), each where <see cref="PriorYearReader.PlaceOf"/> says the reader finds it,
/// taken from this year's tables as check computed them — the numbers data.json publishes — with the blank file's comments.
/// </summary>
internal static class PriorYearYaml
{
    public static string Write(DepartmentYear m, string blankComments)
    {
        var text = new StringBuilder();
        var year = m.Department.Year.Value;
        text.Append(CultureInfo.InvariantCulture,
            $"# 由 finacc new-year 从 {year} 年度的决算数据生成（与 {year} 年度公开的 data.json 数字一致），不需要再填写。\n");
        text.Append(blankComments);
        text.Append(CultureInfo.InvariantCulture, $"year: {year}\n");
        // The figures the year after chains to (YearFigures.Of): one computation for both sources.
        var figures = YearFigures.Of(m).Figures;
        var placed = figures.Keys.Select(f => (Place: PriorYearReader.PlaceOf(f), Figure: f)).Where(p => p.Place is not null)
            .Select(p => (p.Place!.Value.Map, p.Place.Value.Key, Value: figures[p.Figure].Value)).ToList();
        // A line given under its named key (income_total) is not given again by its number (the reader refuses it, FA1060).
        var named = figures.Keys.Where(f => PriorYearReader.PlaceOf(f) is { Map: null }).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (map, key, value) in placed.Where(p => p.Map is null))
            text.Append(key).Append(": ").Append(Money(value)).Append('\n');
        foreach (var group in placed.Where(p => p.Map is not null).GroupBy(p => p.Map!))
        {
            var entries = group.Where(p => !named.Contains($"{group.Key}.{p.Key}")).ToList();
            if (entries.Count == 0) continue;
            text.Append(group.Key).Append(":\n");
            foreach (var (_, key, value) in entries)
                text.Append("  ").Append(key.All(char.IsAsciiDigit) && group.Key == "gpb_classes" ? $"\"{key}\"" : key)
                    .Append(": ").Append(Money(value)).Append('\n');
        }

        return text.ToString();
    }

    private static string Money(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
