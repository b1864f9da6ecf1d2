using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The structure of the sample department's page, parsed with AngleSharp and compared with the document it came from.</summary>
public sealed class HtmlStructureTests
{
    private static readonly Lazy<IHtmlDocument> Page = new(HtmlSample.Parsed);

    private static DocumentTree Doc => HtmlSample.Document();

    [Test]
    public void Page_is_a_standalone_html5_document_with_title_description_and_no_outside_resource()
    {
        var page = Page.Value;
        Assert.Multiple(() =>
        {
            Assert.That(HtmlSample.Html, Does.StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
            Assert.That(page.QuerySelector("meta[charset]")?.GetAttribute("charset"), Is.EqualTo("utf-8"));
            Assert.That(page.QuerySelector("meta[name=viewport]"), Is.Not.Null);
            Assert.That(page.Title, Is.EqualTo(Doc.Info.Title));
            Assert.That(page.QuerySelector("meta[name=description]")?.GetAttribute("content"), Does.Contain(Doc.Info.Title));
            Assert.That(page.QuerySelectorAll("script, link[rel=stylesheet], img, iframe, object"), Is.Empty);
            Assert.That(page.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")), Has.All.Match("^(#|data:)"));
            var css = page.QuerySelector("style")?.TextContent ?? "";
            Assert.That(css, Does.Contain("@media print").And.Contain("@page wide").And.Contain("thead { display: table-header-group; }"));
            Assert.That(css, Does.Contain("\"FangSong\"").And.Contain("\"SimHei\""));
        });
    }

    [Test]
    public void Pages_parse_as_html5_without_errors()
    {
        Assert.That(HtmlSample.ParseErrors("<!DOCTYPE html><title>x</title><table><tr><td>1</td></tr><p>stray</p></table>"), Is.Not.Empty, "the checker sees errors");
        Assert.That(HtmlSample.ParseErrors(HtmlSample.Html), Is.Empty, "department page");
        Assert.That(HtmlSample.ParseErrors(PortalIndexWriterTests.Write(PortalIndexWriterTests.SampleEntries())), Is.Empty, "portal index");
    }

    [Test]
    public void Headings_keep_the_document_levels_ids_and_text_under_one_h1()
    {
        var expected = Doc.Blocks.OfType<Heading>().Select(h => $"h{h.Level + 1} #{h.Id} {h.FullText}").ToList();
        var main = Page.Value.QuerySelector("main")!;
        var actual = main.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(e => $"{e.LocalName} #{e.Id} {e.TextContent}").ToList();
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(Page.Value.QuerySelectorAll("h1").Select(e => e.TextContent), Is.EqualTo(new[] { Doc.Blocks.OfType<TitleBlock>().Single().Title }));
        Assert.That(actual.Select(a => a[..2]).Distinct(), Is.SupersetOf(new[] { "h2", "h3", "h4", "h5" }));
    }

    [Test]
    public void Each_part_is_a_section_labelled_by_its_heading()
    {
        var sections = Page.Value.QuerySelectorAll("main > section.part").ToList();
        Assert.That(sections.Select(s => s.GetAttribute("aria-labelledby")), Is.EqualTo(Doc.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Id)));
        Assert.That(sections.Select(s => s.FirstElementChild?.LocalName), Has.All.EqualTo("h2"));
    }

    [Test]
    public void Table_of_contents_links_every_listed_heading_and_every_link_resolves()
    {
        var page = Page.Value;
        var toc = Doc.Blocks.OfType<TableOfContents>().Single();
        var links = page.QuerySelectorAll("nav.toc a").ToList();
        var listed = Doc.Blocks.OfType<Heading>().Where(h => h.InToc && h.Level <= toc.MaxLevel).ToList();
        Assert.That(links.Select(a => a.TextContent), Is.EqualTo(listed.Select(h => h.FullText)));
        foreach (var a in links)
        {
            var target = page.GetElementById(a.GetAttribute("href")![1..]);
            Assert.That(target?.LocalName, Does.Match("^h[2-6]$"), a.OuterHtml);
            Assert.That(target!.TextContent, Is.EqualTo(a.TextContent));
        }

        Assert.That(page.QuerySelectorAll("nav.toc ol ol"), Is.Not.Empty, "level 2 entries nest under their part");
    }

    [Test]
    public void Element_ids_are_unique()
    {
        var ids = Page.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void Wide_tables_and_the_headings_just_above_them_go_on_the_landscape_page()
    {
        var page = Page.Value;
        var wide = Doc.Blocks.OfType<Table>().Where(t => t.Wide).ToList();
        Assert.That(page.QuerySelectorAll(".table-block.wide").Length, Is.EqualTo(wide.Count));
        foreach (var t in wide)
        {
            var block = page.GetElementById(t.Id)!.Closest(".table-block")!;
            if (block.PreviousElementSibling is { LocalName: "h3" } heading) Assert.That(heading.ClassList, Does.Contain("wide"), t.Id);
        }
    }

    [Test]
    public void Page_breaks_of_the_document_start_new_pages_in_print()
    {
        var blocks = Doc.Blocks;
        var breaks = blocks.Where((b, i) => b is PageBreak && i + 1 < blocks.Count && blocks[i + 1] is not PageBreak).Count();
        Assert.That(Page.Value.QuerySelectorAll(".page-start").Length, Is.EqualTo(breaks));
        Assert.That(breaks, Is.GreaterThan(0));
    }

    [Test]
    public void Figures_without_a_renderer_give_their_caption_and_their_data_in_words()
    {
        var figures = Doc.Blocks.OfType<Figure>().ToList();
        Assert.That(figures, Is.Not.Empty);
        foreach (var f in figures)
        {
            var html = Page.Value.GetElementById(f.Id)!;
            Assert.That(html.LocalName, Is.EqualTo("figure"));
            Assert.That(html.QuerySelector("figcaption")?.TextContent, Is.EqualTo(f.FullCaption));
            Assert.That(html.QuerySelector("p.figure-text")?.TextContent, Is.EqualTo(f.AltText).And.Not.Empty);
        }
    }

    [Test]
    public void Writing_twice_gives_the_same_bytes()
    {
        Assert.That(HtmlSample.Write(Doc), Is.EqualTo(HtmlSample.Html));
    }
}
