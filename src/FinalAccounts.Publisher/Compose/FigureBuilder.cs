using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Builds chart figures from named data in the facts (totals, income_structure, expenditure_structure, fiscal_totals,
/// gpb_classes, three_public). Shares and labels use the same formatter as the prose, so picture and text agree; the words
/// are the style's (<see cref="ChartWords"/>, with <paramref name="year"/> and <paramref name="priorYear"/> rendered).
/// </summary>
internal sealed class FigureBuilder(DisclosureFacts facts, NumberFormatter format, ChartWords words, string year, string priorYear)
{
    public static readonly IReadOnlyList<string> Sources = ["totals", "income_structure", "expenditure_structure", "fiscal_totals", "gpb_classes", "three_public"];

    /// <summary>The same figures printed by another part's formatter (its unit).</summary>
    public FigureBuilder WithFormat(NumberFormatter other) => new(facts, other, words, year, priorYear);

    /// <summary>The unit charts are drawn in when the directive names none: the part's prose unit.</summary>
    public string DefaultUnit => format.Style.ProseUnit.Name;

    /// <summary>The chart for a data source, or null when the source is unknown.</summary>
    public ChartSpec? Chart(string source, ChartKind? kind, string title, string unit)
    {
        var (prior, current) = (priorYear, year);
        return source switch
        {
            "totals" => Bars(kind ?? ChartKind.GroupedBar, title, unit, words.Totals,
                [(prior, Twice(facts.Summary.Total.Prior)), (current, Twice(facts.Summary.Total.Current))]),
            "fiscal_totals" => Bars(kind ?? ChartKind.GroupedBar, title, unit, words.FiscalTotals,
                [(prior, Twice(facts.Fiscal.Total.Prior)), (current, Twice(facts.Fiscal.Total.Current))]),
            "income_structure" => Pie(kind ?? ChartKind.Pie, title, unit, current, facts.Income.Items),
            "expenditure_structure" => Pie(kind ?? ChartKind.Pie, title, unit, current, facts.Expenditure.Items),
            "gpb_classes" => Pie(kind ?? ChartKind.Bar, title, unit, current, facts.Gpb.Classes.Select(c => new Part(c.Name, c.Amount, c.Share, c.PriorYear)).ToList()),
            "three_public" => Bars(kind ?? ChartKind.GroupedBar, title, unit, words.ThreePublic,
            [
                (words.Budget, [.. ThreePublicKinds.Select(i => i.Budget.Budget.Value)]),
                (words.Actual, [.. ThreePublicKinds.Select(i => i.Budget.Actual.Value)]),
            ]),
            _ => null,
        };
    }

    private ThreePublicItem[] ThreePublicKinds => [facts.ThreePublic.Overseas, facts.ThreePublic.Vehicles, facts.ThreePublic.Reception];

    private static decimal[] Twice(Money m) => [m.Value, m.Value];

    /// <summary>Alt text that says what the chart shows, in words and figures.</summary>
    public string AltText(ChartSpec chart)
    {
        if (chart.Kind == ChartKind.GroupedBar)
            return PublishedWords.Fill(words.Bar, string.Join("；", chart.Series.Select(s =>
                s.Name + string.Join("、", chart.Categories.Select((c, i) => $"{c}{s.Labels[i]}{chart.Unit}")))));
        var series = chart.Series[0];
        // Pie labels name their part; bar labels do not (the axis does).
        var parts = string.Join("；", chart.Categories.Select((c, i) => (chart.Kind == ChartKind.Pie ? "" : c) + series.Labels[i]));
        return PublishedWords.Fill(chart.Kind == ChartKind.Pie ? words.Pie : words.HorizontalBar, parts);
    }

    private ChartSpec Bars(ChartKind kind, string title, string unit, IReadOnlyList<string> categories, IReadOnlyList<(string Name, decimal[] Values)> series) =>
        new(kind, title, unit, categories, series.Select(s => new ChartSeries(s.Name, s.Values.Select(format.InProseUnit).ToList(),
            s.Values.Select(format.Prose).ToList())).ToList());

    /// <summary>
    /// One series of parts, zero parts left out. Pie labels say name, amount and share ("基本支出1660.86万元，占6.2%");
    /// bar labels leave out the name, which the category axis already shows.
    /// </summary>
    private ChartSpec Pie(ChartKind kind, string title, string unit, string name, IReadOnlyList<Part> parts)
    {
        var shown = parts.Where(p => !p.Amount.IsZero).ToList();
        return new(kind, title, unit, shown.Select(p => p.Name).ToList(),
            [new ChartSeries(name, shown.Select(p => format.InProseUnit(p.Amount.Value)).ToList(), shown.Select(p => PartLabel(kind, unit, p)).ToList())]);
    }

    private string PartLabel(ChartKind kind, string unit, Part p) =>
        (kind == ChartKind.Pie ? p.Name : "") + format.Prose(p.Amount.Value) + unit + (p.Share is { } s ? PublishedWords.Fill(words.Share, format.Percent(s)) : "");
}
