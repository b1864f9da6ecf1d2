using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The tables of the sample page: thead and scopes, merged headers on a full grid, numeric cells, captions, notes.</summary>
public sealed partial class HtmlTableStructureTests
{
    private static readonly Lazy<IHtmlDocument> Page = new(HtmlSample.Parsed);

    private static DocumentTree Doc => HtmlSample.Document();

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
