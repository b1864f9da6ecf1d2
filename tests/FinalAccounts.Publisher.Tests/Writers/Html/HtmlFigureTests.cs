using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>Charts inline as SVG named by their alt text; an SVG that is broken or active is refused and written in words.</summary>
public sealed class HtmlFigureTests
{
    private const string Chart = """
        <?xml version="1.0" encoding="utf-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="250">
          <defs><clipPath id="clip1"><rect width="400" height="250"/></clipPath></defs>
          <g clip-path="url(#clip1)"><rect id="bar" width="10" height="20" fill="#336"/><use xlink:href="#bar" x="20"/></g>
          <text x="5" y="15">2023年度 &lt;收入&gt;</text>
        </svg>
        """;

    private static readonly SourceLocation Here = new("figures.md", 1, 1);

    [Test]
    public void A_drawn_chart_is_inline_svg_with_role_img_and_the_alt_text_as_its_name_and_its_data_as_a_table()
    {
        var page = HtmlSample.Parse(HtmlSample.Write(TwoFigures(), new SvgRenderer(Chart)));
        var figures = page.QuerySelectorAll("figure").ToList();
        Assert.That(figures, Has.Count.EqualTo(2));
        foreach (var (figure, n) in figures.Select((f, i) => (f, i + 1)))
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.That(svg, Is.Not.Null);
            Assert.That(svg.GetAttribute("role"), Is.EqualTo("img"));
            Assert.That(svg.GetAttribute("aria-label"), Is.EqualTo($"柱状图{n}：收入 & 支出"));
            Assert.That(svg.QuerySelector("title")?.TextContent, Is.EqualTo($"柱状图{n}：收入 & 支出"));
            Assert.That(svg.GetAttribute("viewBox"), Is.EqualTo("0 0 400 250"));
            Assert.That(svg.HasAttribute("width"), Is.False, "scales with the page");
            Assert.That(figure.QuerySelector("figcaption")?.TextContent, Is.EqualTo($"图{n}：收支"));
            Assert.That(svg.ParentElement?.NextElementSibling?.LocalName, Is.EqualTo("figcaption"), "the caption sits under the chart");
            var data = figure.QuerySelector("details.chart-data table")!;
            Assert.That(data.QuerySelector("caption")?.TextContent, Is.EqualTo($"图{n}：收支"), "the data table is named by the caption");
            Assert.That(data.QuerySelectorAll("thead th").Select(th => (th.GetAttribute("scope"), th.TextContent)), Is.EqualTo(new[] { ("col", "2024") }));
            Assert.That(data.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent), Is.EqualTo(new[] { "收入1" }));
            Assert.That(data.QuerySelector("tbody th")?.GetAttribute("scope"), Is.EqualTo("row"));
            Assert.That(svg.QuerySelector("text")?.TextContent, Is.EqualTo("2023年度 <收入>"));
        }

        var ids = page.QuerySelectorAll("svg [id]").Select(e => e.Id).ToList();
        Assert.That(ids, Is.Unique, "two charts never share an id");
        Assert.That(ids, Is.EqualTo(new[] { "fig-1-clip1", "fig-1-bar", "fig-2-clip1", "fig-2-bar" }));
        Assert.That(page.QuerySelectorAll("svg g").Select(g => g.GetAttribute("clip-path")), Is.EqualTo(new[] { "url(#fig-1-clip1)", "url(#fig-2-clip1)" }));
        Assert.That(page.QuerySelectorAll("p.figure-text"), Is.Empty);
    }

    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onclick=\"alert(1)\"/></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/x.png\"/></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div>x</div></foreignObject></svg>")]
    [TestCase("<svg><unclosed></svg>")]
    [TestCase("<html>not svg</html>")]
    public void An_svg_that_is_broken_or_active_is_refused_and_the_figure_written_in_words(string svg)
    {
        var bag = new DiagnosticBag();
        var page = HtmlSample.Parse(HtmlSample.Write(TwoFigures(), new SvgRenderer(svg), bag));
        Assert.That(page.QuerySelectorAll("svg, script"), Is.Empty);
        Assert.That(page.QuerySelectorAll("p.figure-text").Select(p => p.TextContent), Is.EqualTo(new[] { "柱状图1：收入 & 支出", "柱状图2：收入 & 支出" }));
        Assert.That(bag.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA6302", "FA6302" }));
    }

    [Test]
    public void A_renderer_that_fails_leaves_the_figure_in_words_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var page = HtmlSample.Parse(HtmlSample.Write(TwoFigures(), new FailingRenderer(), bag));
        Assert.That(page.QuerySelectorAll("p.figure-text"), Has.Length.EqualTo(2));
        Assert.That(bag.Items, Has.Count.EqualTo(2));
        Assert.That(bag.Items[0].Message.En, Does.Contain("no fonts"));
    }

    private static DocumentTree TwoFigures()
    {
        var spec = new ChartSpec(ChartKind.Bar, "收支", "万元", ["收入"], [new ChartSeries("2024", [1m], ["1"])]);
        return HtmlEscapingTests.Doc(
            new Figure("fig-1", "图1", "收支", spec, "柱状图1：收入 & 支出", Here),
            new Figure("fig-2", "图2", "收支", spec, "柱状图2：收入 & 支出", Here));
    }

    private sealed class SvgRenderer(string svg) : IFigureRenderer
    {
        public RenderedFigure Render(Figure figure, FigureFormat format) => new(format, Encoding.UTF8.GetBytes(svg), 400, 250);
    }

    private sealed class FailingRenderer : IFigureRenderer
    {
        public RenderedFigure Render(Figure figure, FigureFormat format) => throw new InvalidOperationException("no fonts");
    }
}
