using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>Single blocks as HTML: inline styles, paragraph kinds, lists, heading levels, pages without title or contents.</summary>
public sealed class HtmlBlockTests
{
    private static readonly SourceLocation Here = new("blocks.md", 1, 1);

    [Test]
    public void The_writer_fixture_with_every_block_kind_is_valid_html_with_strong_em_lists_and_all_heading_levels()
    {
        var bag = new DiagnosticBag();
        var html = HtmlSample.Write(SampleDocument.Create(), bag: bag);
        var page = HtmlSample.Parse(html);
        Assert.Multiple(() =>
        {
            Assert.That(HtmlSample.ParseErrors(html), Is.Empty);
            Assert.That(bag.Items, Is.Empty);
            Assert.That(page.QuerySelector("main p strong")?.TextContent, Is.EqualTo("此句加粗。"));
            Assert.That(page.QuerySelector("main p em")?.TextContent, Is.EqualTo("此句倾斜。"));
            Assert.That(page.QuerySelectorAll("main ol > li"), Has.Length.EqualTo(2));
            Assert.That(page.QuerySelectorAll("main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName).Distinct(), Is.EquivalentTo(new[] { "h2", "h3", "h4", "h5", "h6" }));
            Assert.That(page.QuerySelectorAll("figure"), Has.Length.EqualTo(SampleDocument.Create().Blocks.OfType<Figure>().Count()));
        });
    }

    [Test]
    public void An_ordered_list_keeps_its_start_number_and_paragraph_kinds_get_their_class()
    {
        var doc = HtmlEscapingTests.Doc(
            new ListBlock(true, [[new Inline("三")], [new Inline("四")]], Here, 3),
            new ListBlock(false, [[new Inline("甲")]], Here),
            new Paragraph([new Inline("居中")], ParagraphKind.Center, Here),
            new Paragraph([new Inline("注：说明")], ParagraphKind.Note, Here),
            new Paragraph([new Inline("第一行"), Inline.LineBreak, new Inline("第二行")], ParagraphKind.Right, Here));
        var page = HtmlSample.Parse(HtmlSample.Write(doc));
        Assert.That(page.QuerySelector("ol")?.GetAttribute("start"), Is.EqualTo("3"));
        Assert.That(page.QuerySelector("ul li")?.TextContent, Is.EqualTo("甲"));
        Assert.That(page.QuerySelectorAll("main p").Select(p => p.ClassList[0]), Is.EqualTo(new[] { "center", "note", "right" }));
        Assert.That(page.QuerySelector("p.right")!.ClassList, Does.Contain("kept"), "a short last paragraph is a closing line");
        Assert.That(page.QuerySelector("p.right")?.InnerHtml, Is.EqualTo("第一行<br>第二行"));
    }

    [Test]
    public void A_page_without_title_or_contents_still_has_one_main_and_a_heading_outside_1_to_5_is_clamped_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var html = HtmlSample.Write(HtmlEscapingTests.Doc(new Heading(7, "", "深层标题", "deep", false, Here)), bag: bag);
        var page = HtmlSample.Parse(html);
        Assert.That(page.QuerySelectorAll("main"), Has.Length.EqualTo(1));
        Assert.That(page.QuerySelector("main h6#deep")?.TextContent, Is.EqualTo("深层标题"));
        Assert.That(bag.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA7405" }));
        Assert.That(HtmlSample.Parse(HtmlSample.Write(HtmlEscapingTests.Doc())).QuerySelectorAll("main"), Has.Length.EqualTo(1), "an empty document");
    }

    [Test]
    public void Duplicate_or_blank_ids_are_made_unique_and_the_contents_still_link_to_the_right_heading()
    {
        var doc = HtmlEscapingTests.Doc(
            new TableOfContents("目录", 2, Here),
            new Heading(1, "第一部分", "甲", "same", true, Here),
            new Heading(1, "第二部分", "乙", "same", true, Here),
            new Heading(2, "一、", "丙", " ", true, Here),
            new Heading(2, "二、", "丁", "content", true, Here));
        var page = HtmlSample.Parse(HtmlSample.Write(doc));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.That(ids, Is.Unique);
        foreach (var a in page.QuerySelectorAll("nav a"))
            Assert.That(page.GetElementById(a.GetAttribute("href")![1..])?.TextContent, Is.EqualTo(a.TextContent));
    }
}
