using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;
using FinalAccounts.Publisher.Tests.Writers.Html;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// The fixed words of documents and the portal page come from style.yaml's words: the reference style's give today's
/// output, and a style changes them without any C#.
/// </summary>
public sealed class StyleWordsTests
{
    private const string Words = """
        words:
          document_title: "{{ department.short_name }}{{ year }}年度决算"
          document_keywords: [决算公开]
          figure_label: "图表{0}"
          figure_separator: " —— "
          contents: 目次
          chart:
            year: "{{ year }}年"
            prior_year: "{{ prior_year }}年"
            totals: [收入, 支出]
            unit: "（{0}）"
          web:
            skip_link: 跳至正文
          portal:
            title: "{0}年决算公开目录"
            count: "{0}个部门、{1}个文件"
            formats: { pdf: PDF文件 }
        """;

    [Test]
    public void The_reference_style_gives_todays_title_keywords_and_figure_labels()
    {
        var document = SampleDisclosure.Get().Document!;
        Assert.That(document.Info.Title, Is.EqualTo("2024年度武汉市洪山区经济信息化和科技创新局部门决算"));
        Assert.That(document.Info.Subject, Is.EqualTo("部门决算公开"));
        Assert.That(document.Info.Keywords, Is.EqualTo(new[] { "武汉市洪山区经济信息化和科技创新局", "2024年度", "部门决算" }));
        var figure = document.Blocks.OfType<Figure>().First();
        Assert.That(figure.FullCaption, Is.EqualTo("图1：收、支决算总计变动情况"));
        Assert.That(figure.Chart.Series.Select(s => s.Name), Is.EqualTo(new[] { "2023年度", "2024年度" }));
        Assert.That(figure.AltText, Does.StartWith("柱状图：2023年度收入总计35549.61万元"));
    }

    [Test]
    public void A_style_changes_the_document_title_figure_labels_and_chart_words()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", Words);
        var composed = templates.Compose("mine");
        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var document = composed.Document!;
        Assert.That(document.Info.Title, Is.EqualTo("区经科局2024年度决算"));
        Assert.That(document.Info.Keywords, Is.EqualTo(new[] { "决算公开" }));
        var figure = document.Blocks.OfType<Figure>().First();
        Assert.That(figure.FullCaption, Is.EqualTo("图表1 —— 收、支决算总计变动情况"), "a quoted word keeps its spaces");
        Assert.That(document.Blocks.OfType<TitleBlock>().Single().Title, Is.EqualTo("区经科局2024年度决算"), "the cover's title is the document's");
        Assert.That(document.Blocks.OfType<TableOfContents>().Single().Title, Is.EqualTo("目次"));
        Assert.That(figure.Chart.Categories, Is.EqualTo(new[] { "收入", "支出" }));
        Assert.That(figure.Chart.Series.Select(s => s.Name), Is.EqualTo(new[] { "2023年", "2024年" }));
        Assert.That(composed.Style.Document.Words.ChartUnit, Is.EqualTo("（{0}）"));

        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, new WriterContext(composed.Style.Document, null, new DiagnosticBag()), stream, CancellationToken.None);
        var html = Encoding.UTF8.GetString(stream.ToArray());
        Assert.That(html, Does.Contain(">跳至正文</a>").And.Contain("区经科局2024年度决算"));
        Assert.That(html, Does.Not.Contain("跳到正文"));
    }

    [Test]
    public void The_portal_page_speaks_the_style_words()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", Words);
        var style = templates.Read("mine", new DiagnosticBag())!.Document;
        using var stream = new MemoryStream();
        new PortalIndexWriter(style).Write(2024, [new PortalEntry("a", "甲局", 2024, [new PortalFile("a/a-2024.pdf", "pdf", 10, new string('0', 64))])], stream);
        var page = HtmlSample.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.That(page.Title, Is.EqualTo("2024年决算公开目录"));
        Assert.That(page.QuerySelector(".subtitle")?.TextContent, Is.EqualTo("1个部门、1个文件"));
        Assert.That(page.QuerySelector("td.ac + td.file")?.PreviousElementSibling?.TextContent, Is.EqualTo("PDF文件"));
        Assert.That(page.QuerySelectorAll("thead th").Select(th => th.TextContent), Is.EqualTo(new[] { "序号", "部门", "格式", "文件", "大小", "SHA-256 校验值" }));
        Assert.That(page.QuerySelector("p.note code")?.TextContent, Is.EqualTo("certutil -hashfile 文件名 SHA256"), "commands in backquotes");
    }

    [Test]
    public void A_list_of_words_with_the_wrong_number_of_items_is_reported()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "words:\n  chart:\n    totals: [收入]\n");
        var bag = new DiagnosticBag();
        templates.Read("mine", bag);
        var d = bag.Items.Single(x => x.Code.Id == "FA5006");
        Assert.That(d.Location.Line, Is.EqualTo(4));
        Assert.That(d.Message.Zh, Does.Contain("应有 2 项"));
    }

    [Test]
    public void A_misspelt_chart_word_lists_the_chart_words()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "words:\n  chart:\n    totls: [收入, 支出]\n");
        var bag = new DiagnosticBag();
        templates.Read("mine", bag);
        var d = bag.Items.Single(x => x.Code.Id == "FA1014");
        Assert.That(d.Message.Zh, Does.Contain("是否应为“totals”").And.Contain("three_public").And.Contain("unit"));
    }
}
