using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The structure of the sample department's page, parsed with AngleSharp and compared with the document it came from.</summary>
public sealed partial class HtmlStructureTests
{
    private static readonly Lazy<IHtmlDocument> Page = new(() => HtmlSample.Parse(HtmlSample.Html));

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
    public void Every_table_with_header_rows_has_a_thead_and_every_th_a_scope()
    {
        var page = Page.Value;
        var tables = Doc.Blocks.OfType<Table>().ToList();
        Assert.That(page.QuerySelectorAll("table"), Has.Length.EqualTo(tables.Count));
        foreach (var table in tables)
        {
            var html = (IHtmlTableElement)page.GetElementById(table.Id)!;
            Assert.That(html.Head?.Rows.Length ?? 0, Is.EqualTo(table.Header.Count), table.Id);
            foreach (var th in html.QuerySelectorAll("thead th"))
                Assert.That(th.GetAttribute("scope"), Is.EqualTo(th.HasAttribute("colspan") ? "colgroup" : "col"), table.Id + " " + th.OuterHtml);
            foreach (var th in html.QuerySelectorAll("tbody th"))
                Assert.That(th.GetAttribute("scope"), Is.EqualTo("row"), table.Id + " " + th.OuterHtml);
            Assert.That(html.QuerySelectorAll("tbody th").Length, Is.EqualTo(table.Body.Sum(r => r.Cells.Count(c => c.IsHeader && c.Text.Trim().Length > 0))), table.Id);
            Assert.That(html.QuerySelectorAll("tr.total").Length, Is.EqualTo(table.Body.Count(r => r.Kind == TableRowKind.Total)), table.Id);
        }
    }

    [TestCase("公开01表", false)]
    [TestCase("公开04表", true)]
    [TestCase("公开09表", true)]
    public void Merged_header_cells_keep_their_spans_and_fill_the_grid(string label, bool hasRowSpans)
    {
        var table = TableLabelled(label);
        var head = table.Head!;
        Assert.That(head.QuerySelectorAll("th[colspan]"), Is.Not.Empty, "colspan");
        Assert.That(head.QuerySelectorAll("th[rowspan]").Length > 0, Is.EqualTo(hasRowSpans), "rowspan");
        var columns = Doc.Blocks.OfType<Table>().Single(t => t.Id == table.Id).Columns.Count;
        Assert.That(Occupancy(head.Rows, columns), Has.All.EqualTo(columns), "every header row covers every column exactly once");
        Assert.That(head.Rows[^1].ClassName, Is.EqualTo("col-numbers"), "the 栏次 row is the last header row");
    }

    [Test]
    public void Amount_cells_are_numeric_right_aligned_cells()
    {
        foreach (var n in Enumerable.Range(1, 9))
        {
            var table = TableLabelled($"公开0{n}表");
            var amounts = table.QuerySelectorAll("tbody td").Where(td => Amount().IsMatch(td.TextContent)).ToList();
            Assert.That(amounts.Select(td => td.ClassList.Contains("num")), Has.All.True, $"公开0{n}表");
        }

        Assert.That(TableLabelled("公开01表").QuerySelectorAll("tbody td.num").Length, Is.EqualTo(60), "two amount columns of 30 rows");
    }

    [Test]
    public void Captions_hold_the_title_and_the_preamble_lines_and_name_the_scrolling_region()
    {
        foreach (var n in Enumerable.Range(1, 9))
        {
            var table = TableLabelled($"公开0{n}表");
            var caption = table.Caption!;
            Assert.That(caption.TextContent, Does.Contain("部门：").And.Contain("2024年度").And.Contain("单位：万元"), $"公开0{n}表");
            Assert.That(caption.QuerySelector(".table-title")?.TextContent, Is.Not.Empty);
            Assert.That(table.ParentElement!.GetAttribute("aria-labelledby"), Is.EqualTo(caption.Id));
        }

        // The heading above says the title already: it stays for screen readers only.
        Assert.That(TableLabelled("公开01表").Caption!.QuerySelector(".table-title")!.ClassList, Does.Contain("sr-only"));
    }

    [Test]
    public void Notes_follow_their_table_inside_its_block()
    {
        var block = TableLabelled("公开01表").Closest(".table-block")!;
        var notes = block.QuerySelectorAll(":scope > p.note").Select(p => p.TextContent).ToList();
        Assert.That(notes, Is.EqualTo(Doc.Blocks.OfType<Table>().Single(t => t.Id == TableLabelled("公开01表").Id).Notes));
        Assert.That(notes, Is.Not.Empty);
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

    internal static IHtmlTableElement TableLabelled(string label) =>
        Page.Value.QuerySelectorAll("table").Cast<IHtmlTableElement>().Single(t => t.Caption?.TextContent.Contains(label) == true);

    /// <summary>For each row, how many of the grid's columns its own cells plus the row spans from above cover (HTML placement).</summary>
    internal static List<int> Occupancy(IEnumerable<IHtmlTableRowElement> rows, int columns)
    {
        var rowsLeft = new int[columns + 64];
        var result = new List<int>();
        foreach (var row in rows)
        {
            var c = 0;
            foreach (var cell in row.Cells)
            {
                while (rowsLeft[c] > 0) c++;
                for (var i = 0; i < cell.ColumnSpan; i++) rowsLeft[c++] = cell.RowSpan;
            }

            result.Add(rowsLeft.Count(r => r > 0));
            for (var i = 0; i < rowsLeft.Length; i++) rowsLeft[i] = Math.Max(rowsLeft[i] - 1, 0);
        }

        return result;
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*\.\d{2}$")]
    private static partial Regex Amount();
}
