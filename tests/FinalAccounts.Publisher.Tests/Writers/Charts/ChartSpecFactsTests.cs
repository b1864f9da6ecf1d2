using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>The chart specs composed for the sample department hold the facts the prose states, and nothing made up.</summary>
public sealed partial class ChartSpecFactsTests
{
    [Test]
    public void Sample_has_the_four_reference_figures_numbered_in_order()
    {
        var figures = ChartSample.Figures;
        Assert.That(figures.Select(f => f.FullCaption), Is.EqualTo(new[]
        {
            "图1：收、支决算总计变动情况", "图2：收入决算结构", "图3：支出决算结构", "图4：财政拨款收、支决算总计变动情况",
        }));
        Assert.That(figures.Select(f => f.Chart.Kind), Is.EqualTo(new[] { ChartKind.GroupedBar, ChartKind.Pie, ChartKind.Pie, ChartKind.GroupedBar }));
    }

    [Test]
    public void Totals_chart_compares_last_year_with_this_year()
    {
        var chart = ChartSample.Figure("收、支决算总计变动情况").Chart;
        Assert.That(chart.Categories, Is.EqualTo(new[] { "收入总计", "支出总计" }));
        Assert.That(chart.Series.Select(s => s.Name), Is.EqualTo(new[] { "2023年度", "2024年度" }));
        Assert.That(chart.Series[0].Values, Is.EqualTo(new[] { 35549.61m, 35549.61m }));
        Assert.That(chart.Series[1].Values, Is.EqualTo(new[] { 26864.63m, 26864.63m }));
        Assert.That(chart.Series[1].Labels, Is.EqualTo(new[] { "26864.63", "26864.63" }), "bar labels are the prose amounts");
        Assert.That(chart.Unit, Is.EqualTo("万元"));
    }

    [Test]
    public void Fiscal_totals_chart_compares_last_year_with_this_year()
    {
        var chart = ChartSample.Figure("财政拨款收、支决算总计变动情况").Chart;
        Assert.That(chart.Categories, Is.EqualTo(new[] { "财政拨款收入总计", "财政拨款支出总计" }));
        Assert.That(chart.Series.Select(s => s.Values), Is.EqualTo(new[] { new[] { 35549.61m, 35549.61m }, new[] { 26864.63m, 26864.63m } }));
    }

    [Test]
    public void Income_pie_label_states_the_share_the_prose_states()
    {
        var chart = ChartSample.Figure("收入决算结构").Chart;
        Assert.That(chart.Categories, Is.EqualTo(new[] { "财政拨款收入" }), "zero income kinds are left out");
        Assert.That(chart.Series.Single().Values, Is.EqualTo(new[] { 26864.63m }));
        Assert.That(chart.Series.Single().Labels, Is.EqualTo(new[] { "财政拨款收入26864.63万元，占100%" }));
        AssertSharesMatchProse(chart, "占本年收入");
    }

    [Test]
    public void Expenditure_pie_has_two_slices_with_the_shares_of_the_prose()
    {
        var chart = ChartSample.Figure("支出决算结构").Chart;
        Assert.That(chart.Categories, Is.EqualTo(new[] { "基本支出", "项目支出" }));
        Assert.That(chart.Series.Single().Values, Is.EqualTo(new[] { 1660.86m, 25203.77m }));
        Assert.That(chart.Series.Single().Labels, Is.EqualTo(new[] { "基本支出1660.86万元，占6.2%", "项目支出25203.77万元，占93.8%" }));
        AssertSharesMatchProse(chart, "占本年支出");
    }

    [Test]
    public void Pies_leave_out_the_kinds_the_prose_says_are_none()
    {
        foreach (var (caption, sentence) in new[] { ("收入决算结构", "收入合计"), ("支出决算结构", "支出合计") })
        {
            var chart = ChartSample.Figure(caption).Chart;
            var paragraph = ChartSample.Markdown.Split('\n').First(l => l.Contains(sentence, StringComparison.Ordinal) && l.Contains("本年度无", StringComparison.Ordinal));
            var none = NoneList().Match(paragraph).Groups[1].Value.Split('、');
            Assert.That(none, Is.Not.Empty);
            Assert.That(chart.Categories, Has.None.AnyOf(none), caption);
            Assert.That(chart.Series.SelectMany(s => s.Values), Has.None.EqualTo(0m), caption);
        }
    }

    [Test]
    public void Alt_text_states_every_plotted_amount()
    {
        foreach (var figure in ChartSample.Figures)
        {
            foreach (var label in figure.Chart.Series.SelectMany(s => s.Labels))
                Assert.That(figure.AltText, Does.Contain(label), figure.FullCaption);
        }
    }

    /// <summary>Each pie label's "占x%" equals the prose's "{name}{amount}万元，{phrase}x%".</summary>
    private static void AssertSharesMatchProse(ChartSpec chart, string phrase)
    {
        var series = chart.Series.Single();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var name = chart.Categories[i];
            var prose = Regex.Match(ChartSample.Markdown, Regex.Escape(name) + @"([\d.]+)万元，" + phrase + @"([\d.]+%)");
            Assert.That(prose.Success, Is.True, $"the prose states no share for {name}");
            Assert.That(series.Labels[i], Is.EqualTo($"{name}{prose.Groups[1].Value}万元，占{prose.Groups[2].Value}"));
        }
    }

    [GeneratedRegex("本年度无([^。]+)。")]
    private static partial Regex NoneList();
}
