using System.Text;
using AngleSharp.Dom;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// The web edition against each accessibility point of issue 16: language, one h1 and headings in order, table headers
/// with scope (colgroup for merged ones), chart alt text and data table, a skip link to the content.
/// </summary>
public sealed class HtmlAccessibilityTests
{
    private static readonly Lazy<IDocument> Page = new(() => HtmlSample.Parse(WithCharts()));

    [Test]
    public void The_page_is_in_chinese_and_its_headings_descend_one_level_at_a_time_under_one_h1()
    {
        Assert.That(Page.Value.DocumentElement.GetAttribute("lang"), Is.EqualTo("zh-CN"));
        var levels = Page.Value.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.That(levels.Count(l => l == 1), Is.EqualTo(1));
        Assert.That(levels[0], Is.EqualTo(1));
        var jumps = levels.Zip(levels.Skip(1)).Where(p => p.Second > p.First + 1).ToList();
        Assert.That(jumps, Is.Empty, "a heading never skips a level going down");
    }

    [Test]
    public void Every_table_has_a_caption_and_every_header_cell_a_scope_merged_ones_a_group_scope()
    {
        var tables = Page.Value.QuerySelectorAll("table").ToList();
        Assert.That(tables, Is.Not.Empty);
        Assert.That(tables.Where(t => t.QuerySelector("caption") is null).Select(t => t.Id), Is.Empty);
        var headers = Page.Value.QuerySelectorAll("th").ToList();
        Assert.That(headers.Where(th => th.GetAttribute("scope") is not ("col" or "colgroup" or "row" or "rowgroup")).Select(th => th.TextContent), Is.Empty);
        var merged = headers.Where(th => th.Closest("thead") is not null && int.TryParse(th.GetAttribute("colspan"), out var span) && span > 1).ToList();
        Assert.That(merged, Is.Not.Empty, "the sample's tables have merged headers");
        Assert.That(merged.Select(th => th.GetAttribute("scope")), Has.All.EqualTo("colgroup"));
    }

    [Test]
    public void Every_chart_has_alt_text_and_its_data_as_a_table()
    {
        var figures = Page.Value.QuerySelectorAll("figure.chart").ToList();
        Assert.That(figures, Is.Not.Empty);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg");
            Assert.That(svg?.GetAttribute("role"), Is.EqualTo("img"), figure.Id);
            Assert.That(svg?.GetAttribute("aria-label"), Is.Not.Empty, figure.Id);
            var rows = figure.QuerySelectorAll("details.chart-data tbody tr").ToList();
            Assert.That(rows, Is.Not.Empty, figure.Id);
            Assert.That(rows.Select(r => r.QuerySelector("th[scope=row]")?.TextContent), Has.None.Null.And.None.Empty, figure.Id);
        }
    }

    [Test]
    public void A_skip_link_comes_first_and_leads_to_the_main_content()
    {
        var first = Page.Value.Body!.QuerySelector("a, button, input, [tabindex]");
        Assert.That(first?.ClassName, Is.EqualTo("skip-link"));
        var target = first!.GetAttribute("href")!.TrimStart('#');
        Assert.That(Page.Value.GetElementById(target)?.LocalName, Is.EqualTo("main"));
    }

    /// <summary>The sample page with each chart drawn as a small SVG (its data table is the point, not the drawing).</summary>
    private static string WithCharts()
    {
        using var stream = new MemoryStream();
        var context = new WriterContext(DocumentStyle.Default, new SmallSvg(), new DiagnosticBag());
        new FinalAccounts.Publisher.Writers.Html.HtmlWriter().Write(HtmlSample.Document(), context, stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class SmallSvg : IFigureRenderer
    {
        public RenderedFigure Render(Figure figure, FigureFormat format) =>
            new(format, Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"10\" height=\"10\"/></svg>"), 40, 20);
    }
}
