using System.Text;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Support;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The download block in a web page's header: every other edition, the data, the archive, the index, in the style's words.</summary>
public sealed class DownloadBlockTests
{
    private static readonly PublicationLinks Links = new(
        [new("pdf", "hongshan-jkj-2024.pdf"), new("docx", "hongshan-jkj-2024.docx"), new("md", "hongshan-jkj-2024.md")],
        [new("json", "data.json"), new("xlsx", "hongshan-jkj-2024-tables.xlsx"), new("csv", "tables/01.csv"), new("csv", "tables/02.csv")],
        "../hongshan-jkj-2024.zip", "../index.html");

    [Test]
    public void The_block_links_each_edition_the_open_data_the_archive_and_the_index_in_the_headers_nav()
    {
        var page = HtmlSample.Parse(Write(DocumentStyle.Default, Links));
        var nav = page.QuerySelector("header.doc-header nav.downloads");
        Assert.That(nav, Is.Not.Null);
        Assert.That(nav!.QuerySelectorAll("li a").Select(a => (a.GetAttribute("href"), a.TextContent)), Is.EqualTo(new[]
        {
            ("hongshan-jkj-2024.pdf", "PDF"), ("hongshan-jkj-2024.docx", "Word"), ("hongshan-jkj-2024.md", "Markdown"),
            ("data.json", "JSON 数据"), ("hongshan-jkj-2024-tables.xlsx", "Excel 表格"), ("tables/01.csv", "01"), ("tables/02.csv", "02"),
            ("../hongshan-jkj-2024.zip", "全部文件（ZIP）"),
        }));
        Assert.That(nav.QuerySelector("li.csv")?.TextContent, Is.EqualTo("CSV 数据： 01 02"), "the CSVs as one item");
        Assert.That(nav.QuerySelector("a.back-to-index")?.GetAttribute("href"), Is.EqualTo("../index.html"));
        Assert.That(page.GetElementById(nav.GetAttribute("aria-labelledby")!)?.TextContent, Is.EqualTo("下载"));
    }

    [Test]
    public void A_page_written_on_its_own_has_no_download_block()
    {
        Assert.That(HtmlSample.Parse(Write(DocumentStyle.Default, null)).QuerySelector(".downloads"), Is.Null);
    }

    [Test]
    public void The_styles_portal_words_name_the_links_and_an_edition_without_a_word_keeps_its_registered_title()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", """
            words:
              portal:
                downloads: 文件下载
                back_to_index: 返回目录
                formats:
                  pdf: PDF 文件
                  docx: ""
            """);
        var bag = new DiagnosticBag();
        var style = templates.Read("mine", bag);
        Assert.That(bag.Items, Is.Empty, string.Join("\n", bag.Items));
        var page = HtmlSample.Parse(Write(style!.Document, Links));
        Assert.That(page.QuerySelectorAll(".downloads li a").Select(a => a.TextContent).Take(3), Is.EqualTo(new[] { "PDF 文件", "Word", "Markdown" }),
            "docx: \"\" gives back the registered title");
        Assert.That(page.QuerySelector(".downloads-label")?.TextContent, Is.EqualTo("文件下载"));
        Assert.That(page.QuerySelector(".back-to-index")?.TextContent, Is.EqualTo("返回目录"));
    }

    [Test]
    public void The_block_is_hidden_in_print()
    {
        var css = HtmlSample.Parse(Write(DocumentStyle.Default, Links)).QuerySelector("style")!.TextContent;
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.That(print, Does.Match(@"[,{\s]\.downloads\s*(,[^{]*)?\{\s*display:\s*none"));
    }

    private static string Write(DocumentStyle style, PublicationLinks? links)
    {
        using var stream = new MemoryStream();
        new HtmlWriter().Write(HtmlSample.Document(), new WriterContext(style, null, new DiagnosticBag(), null, links), stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
