using AngleSharp.Dom;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>Hostile text in every place a document can carry it comes out as the same text, never as markup.</summary>
public sealed class HtmlEscapingTests
{
    private const string Hostile = "<script>alert(1)</script> & \"quoted\" 'single' </p><img src=x onerror=alert(2)>";
    private static readonly SourceLocation Here = new("hostile.md", 1, 1);

    [Test]
    public void Hostile_text_everywhere_is_written_as_text()
    {
        var html = HtmlSample.Write(HostileDocument());
        var page = HtmlSample.Parse(html);
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll("script, img, iframe"), Is.Empty);
            Assert.That(HtmlSample.ParseErrors(html), Is.Empty);
            Assert.That(page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)), Is.Empty);
            Assert.That(page.Title, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("meta[name=author]")?.GetAttribute("content"), Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("main h2")?.TextContent, Is.EqualTo("第一部分 " + Hostile));
            Assert.That(page.QuerySelector("main h2")?.Id, Is.EqualTo("x\"-onmouseover=\"alert(3)"), "a quote stays inside the attribute; spaces become hyphens");
            Assert.That(page.QuerySelector("nav a")?.GetAttribute("href"), Is.EqualTo("#x\"-onmouseover=\"alert(3)"));
            Assert.That(page.QuerySelector("main p")?.TextContent, Is.EqualTo(Hostile + Hostile + Hostile));
            Assert.That(page.QuerySelector("main p strong")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("li")?.TextContent, Does.Contain(Hostile));
            Assert.That(page.QuerySelector("caption .table-title")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("caption .meta-left")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("thead th")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("tbody th")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("tbody td")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("p.note")?.TextContent, Is.EqualTo(Hostile));
            Assert.That(page.QuerySelector("figcaption")?.TextContent, Is.EqualTo("图1：" + Hostile));
            Assert.That(page.QuerySelector(".figure-text")?.TextContent, Is.EqualTo(Hostile));
        });
    }

    [TestCase("javascript:alert(1)")]
    [TestCase(" JavaScript:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("//evil.example/x")]
    public void A_link_that_could_run_script_or_leave_the_site_unannounced_is_written_as_text_with_a_warning(string link)
    {
        var bag = new DiagnosticBag();
        var doc = Doc(new Paragraph([new Inline("点击", Link: link)], ParagraphKind.Body, Here));
        var page = HtmlSample.Parse(HtmlSample.Write(doc, bag: bag));
        Assert.That(page.QuerySelectorAll("main a"), Is.Empty);
        Assert.That(page.QuerySelector("main p")?.TextContent, Is.EqualTo("点击"));
        Assert.That(bag.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA7404" }));
    }

    [TestCase("https://www.hongshan.gov.cn/")]
    [TestCase("#part-1")]
    [TestCase("../2023/index.html")]
    public void An_ordinary_link_is_kept(string link)
    {
        var doc = Doc(new Paragraph([new Inline("见", Link: link)], ParagraphKind.Body, Here));
        Assert.That(HtmlSample.Parse(HtmlSample.Write(doc)).QuerySelector("main a")?.GetAttribute("href"), Is.EqualTo(link));
    }

    [Test]
    public void Control_characters_become_replacement_characters()
    {
        var doc = Doc(new Paragraph([new Inline("a\u0001b\u0000c\u007f")], ParagraphKind.Body, Here));
        Assert.That(HtmlSample.Parse(HtmlSample.Write(doc)).QuerySelector("main p")?.TextContent, Is.EqualTo("a\uFFFDb\uFFFDc\uFFFD"));
    }

    [Test]
    public void Windows_line_ends_in_a_cell_become_one_line_break()
    {
        var table = new Table("t", "", [], [new TableColumn(CellAlign.Left)], [], [new TableRow([new TableCell("第一行\r\n第二行")])], [], false, Here);
        var cell = HtmlSample.Parse(HtmlSample.Write(Doc(table))).QuerySelector("tbody td")!;
        Assert.That(cell.InnerHtml, Is.EqualTo("第一行<br>第二行"));
    }

    [Test]
    public void Font_names_from_the_house_style_cannot_close_the_style_element()
    {
        var fonts = DocumentStyle.Default.Fonts.ToDictionary(kv => kv.Key, kv => kv.Value);
        fonts[StyleRole.Body] = new FontSpec(["</style><script>alert(1)</script>", "a\"b\\c"], 16);
        var style = DocumentStyle.Default with { Fonts = fonts };
        using var stream = new MemoryStream();
        new Publisher.Writers.Html.HtmlWriter().Write(Doc(), new Publisher.Writers.WriterContext(style, null, new DiagnosticBag()), stream, CancellationToken.None);
        var html = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var page = HtmlSample.Parse(html);
        Assert.That(page.QuerySelectorAll("script"), Is.Empty);
        Assert.That(page.QuerySelectorAll("style"), Has.Length.EqualTo(1));
        Assert.That(page.QuerySelector("style")!.TextContent, Does.Contain("@media print"), "the whole stylesheet stayed in the style element");
    }

    private static DocumentTree HostileDocument()
    {
        var blocks = new List<Block>
        {
            new TitleBlock(Hostile, [Hostile], Here),
            new TableOfContents("目录", 2, Here),
            new Heading(1, "第一部分", Hostile, "x\" onmouseover=\"alert(3)", true, Here),
            new Paragraph([new Inline(Hostile), new Inline(Hostile, InlineStyle.Bold), new Inline(Hostile, InlineStyle.Italic)], ParagraphKind.Body, Here),
            new ListBlock(true, [[new Inline(Hostile)]], Here, 3),
            new Table("t\"1", Hostile, [new TableMetaLine(Hostile, Hostile, Hostile)], [new TableColumn(CellAlign.Left, 1), new TableColumn(CellAlign.Right, 1, true)],
                [new TableRow([new TableCell(Hostile), new TableCell("金额")], TableRowKind.Header)],
                [new TableRow([new TableCell(Hostile, IsHeader: true), new TableCell(Hostile)])],
                [Hostile], false, Here),
            new Figure("f\"1", "图1", Hostile, new ChartSpec(ChartKind.Bar, Hostile, "万元", [Hostile], [new ChartSeries(Hostile, [1m], ["1"])]), Hostile, Here),
        };
        return new DocumentTree(new DocumentInfo(Hostile, Hostile, Hostile, [Hostile], "zh-CN\"><script>alert(4)</script>", DateTimeOffset.UnixEpoch), blocks);
    }

    internal static DocumentTree Doc(params Block[] blocks) =>
        new(new DocumentInfo("测试", "测试单位", "部门决算公开", [], "zh-CN", DateTimeOffset.UnixEpoch), blocks);
}
