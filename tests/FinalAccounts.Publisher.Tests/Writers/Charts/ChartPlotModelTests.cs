using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Charts;
using ScottPlot;
using ScottPlot.Plottables;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>The ScottPlot model the renderer draws holds exactly the spec's values and labels (plottables, not pixels).</summary>
public sealed class ChartPlotModelTests
{
    [TestCase("收、支决算总计变动情况")]
    [TestCase("财政拨款收、支决算总计变动情况")]
    public void Grouped_bars_plot_each_series_value_with_its_label(string caption)
    {
        var figure = ChartSample.Figure(caption);
        var plot = CreatePlot(figure);
        var bars = plot.GetPlottables<BarPlot>().ToList();
        Assert.That(bars, Has.Count.EqualTo(figure.Chart.Series.Count));
        for (var j = 0; j < bars.Count; j++)
        {
            var series = figure.Chart.Series[j];
            Assert.That(bars[j].LegendText, Is.EqualTo(series.Name));
            Assert.That(bars[j].Bars.Select(b => b.Value), Is.EqualTo(series.Values.Select(v => (double)v)));
            Assert.That(bars[j].Bars.Select(b => b.Label), Is.EqualTo(series.Labels));
        }

        // Bars of one category stand side by side around the category's tick, last year first.
        var first = bars.Select(b => b.Bars[0].Position).ToList();
        Assert.That(first, Is.Ordered.Ascending);
        Assert.That(first.Average(), Is.EqualTo(0).Within(1e-9));
        plot.RenderInMemory(442, 276); // ticks are made when drawn: every category keeps its tick
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label);
        Assert.That(ticks, Is.EqualTo(figure.Chart.Categories));
        var key = plot.Axes.GetPanels().OfType<TopKeyPanel>().Single();
        Assert.That(key.Unit?.Text, Is.EqualTo("单位：万元"));
        Assert.That(key.Keys.Select(k => k.Label.Text), Is.EqualTo(figure.Chart.Series.Select(s => s.Name)));
    }

    [TestCase("收入决算结构")]
    [TestCase("支出决算结构")]
    public void Pie_plots_each_part_with_its_label_as_given(string caption)
    {
        var figure = ChartSample.Figure(caption);
        var plot = CreatePlot(figure);
        var pie = plot.GetPlottables<Pie>().Single();
        var series = figure.Chart.Series.Single();
        Assert.That(pie.Slices.Select(s => s.Value), Is.EqualTo(series.Values.Select(v => (double)v)));
        Assert.That(pie.Slices.Select(s => s.LegendText), Is.EqualTo(series.Labels), "labels are the spec's, never recomputed");
        var key = plot.Axes.GetPanels().OfType<SideKeyPanel>().Single();
        Assert.That(key.Keys.Select(k => k.Label.Text.Replace("\n", "", StringComparison.Ordinal)), Is.EqualTo(series.Labels));
        Assert.That(pie.Slices.Select(s => s.FillColor).Distinct().Count(), Is.EqualTo(pie.Slices.Count), "each slice has its own colour");
    }

    [Test]
    public void Expenditure_pie_has_exactly_the_two_slices_of_the_facts()
    {
        var pie = CreatePlot(ChartSample.Figure("支出决算结构")).GetPlottables<Pie>().Single();
        Assert.That(pie.Slices.Select(s => s.Value), Is.EqualTo(new[] { 1660.86, 25203.77 }));
        Assert.That(pie.Slices.Select(s => s.LegendText), Is.EqualTo(new[] { "基本支出1660.86万元，占6.2%", "项目支出25203.77万元，占93.8%" }));
    }

    [Test]
    public void Pie_leaves_out_parts_of_zero()
    {
        var figure = ChartSample.Made(ChartKind.Pie, ["甲", "乙", "丙"], new ChartSeries("2024年度", [5m, 0m, 15m], ["甲5万元，占25%", "乙0万元，占0%", "丙15万元，占75%"]));
        var pie = CreatePlot(figure).GetPlottables<Pie>().Single();
        Assert.That(pie.Slices.Select(s => s.LegendText), Is.EqualTo(new[] { "甲5万元，占25%", "丙15万元，占75%" }));
    }

    [Test]
    public void Simple_bars_run_across_with_categories_top_to_bottom()
    {
        var figure = ChartSample.Made(ChartKind.Bar, ["一般公共服务支出", "科学技术支出"], new ChartSeries("2024年度", [311.32m, 26553.31m], ["311.32万元，占1.2%", "26553.31万元，占98.8%"]));
        var plot = CreatePlot(figure);
        var bars = plot.GetPlottables<BarPlot>().Single().Bars;
        Assert.That(bars.Select(b => b.Value), Is.EqualTo(new[] { 311.32, 26553.31 }));
        Assert.That(bars.Select(b => b.Orientation), Is.All.EqualTo(Orientation.Horizontal));
        Assert.That(bars[0].Position, Is.GreaterThan(bars[1].Position), "the first category is on top");
        Assert.That(plot.Axes.GetPanels().OfType<TopKeyPanel>().Single().Keys, Is.Empty, "one series needs no key");
    }

    [Test]
    public void Value_axis_leaves_room_above_the_tallest_bar_for_its_label()
    {
        var plot = CreatePlot(ChartSample.Figure("收、支决算总计变动情况"));
        var limits = plot.Axes.GetLimits();
        Assert.That(limits.Bottom, Is.EqualTo(0));
        Assert.That(limits.Top, Is.GreaterThan(35549.61 * 1.05));
    }

    [Test]
    public void Title_is_drawn_only_when_it_differs_from_the_caption()
    {
        var sample = CreatePlot(ChartSample.Figure("收入决算结构"));
        Assert.That(sample.Axes.Title.Label.Text, Is.Empty, "the caption under the figure says it already");
        var figure = ChartSample.Figure("收入决算结构");
        var titled = CreatePlot(figure with { Chart = figure.Chart with { Title = "2024年度收入构成" } });
        Assert.That(titled.Axes.Title.Label.Text, Is.EqualTo("2024年度收入构成"));
    }

    private static Plot CreatePlot(Figure figure) =>
        ChartSample.Renderer().CreatePlot(figure) ?? throw new AssertionException("no Chinese font on this machine");
}
