using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Pdf;
using static FinalAccounts.Publisher.Tests.Fixtures.TestBlocks;
using static FinalAccounts.Publisher.Tests.Writers.Pdf.Layout.LayoutProbe;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf.Layout;

/// <summary>Tables and forms laid out on real pages: where they break, what repeats, what stays together.</summary>
public sealed class TableElementTests
{
    [Test]
    public void Table_leaves_at_least_two_rows_on_a_page()
    {
        var fit = RowsOnFirstPage(n => Rows(n), Heading("表"));
        var pages = RowsByPage(Run(Heading("表"), Rows(fit + 1)));
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(pages[1], Is.EqualTo(new[] { fit, fit + 1 }), $"{fit} rows fit a page: the {fit + 1}th does not go alone");
    }

    [Test]
    public void A_total_row_stays_with_the_row_before()
    {
        var fit = RowsOnFirstPage(n => Rows(n), Heading("表"));
        var pages = RowsByPage(Run(Heading("表"), Rows(fit + 5, totalAt: fit + 1)));
        Assert.That(pages[1][0], Is.EqualTo(fit), "the page breaks before the row above the total, not before the total");
    }

    [Test]
    public void A_note_stays_with_the_last_two_rows()
    {
        var fit = RowsOnFirstPage(n => Rows(n), Heading("表"));
        var layout = Run(Heading("表"), Rows(fit, note: "注：本表反映测试情况。"));
        var last = layout.Pages.Last(p => RowNumbers(p).Count > 0);
        Assert.That(last.Lines, Does.Contain("注：本表反映测试情况。"));
        Assert.That(RowNumbers(last), Has.Count.GreaterThanOrEqualTo(2), "the note does not go alone, nor with one row");
    }

    [Test]
    public void Statement_is_kept_with_its_table()
    {
        var layout = Run(Heading("七、政府性基金预算财政拨款收入支出决算表"), Rows(3, wide: true), Para("本部门2024年度无政府性基金预算财政拨款收入支出。"), Heading("八、下一节"));
        var statement = layout.Pages.Single(p => p.Lines.Any(l => l.Contains("本部门2024年度", StringComparison.Ordinal)));
        Assert.That(RowNumbers(statement), Has.Count.EqualTo(3), "the statement is on its table's page");
        Assert.That(statement.Geometry.Landscape, Is.True, "a landscape table's statement stays on the landscape page");
        Assert.That(statement.Lines, Does.Not.Contain("八、下一节"), "and does not sit above the next heading");
    }

    [Test]
    public void Statement_after_a_table_at_a_page_bottom_takes_two_rows_with_it()
    {
        var fit = RowsOnFirstPage(n => Rows(n), Heading("表"));
        var layout = Run(Heading("表"), Rows(fit), Para("本部门2024年度无此项支出。"));
        var statement = layout.Pages.Single(p => p.Lines.Any(l => l.Contains("本部门2024年度", StringComparison.Ordinal)));
        Assert.That(RowNumbers(statement), Has.Count.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Closing_line_stays_with_what_precedes_it()
    {
        var layout = Run(Heading("附件"), Form(indicators: 30), Para("咨询电话：027-87374508"));
        var closing = layout.Pages.Single(p => p.Lines.Any(l => l.Contains("咨询电话", StringComparison.Ordinal)));
        Assert.That(RowNumbers(closing), Is.Not.Empty, "the closing line is on the form's last page");
        Assert.That(closing.Geometry.Landscape, Is.True);

        var lines = Lines(60);
        var after = Run(Heading("正文"), lines, Para("咨询电话：027-87374508"));
        var page = after.Pages.Single(p => p.Lines.Any(l => l.Contains("咨询电话", StringComparison.Ordinal)));
        Assert.That(page.Lines, Has.Count.GreaterThan(1), "not alone on a page after a paragraph either");
    }

    [Test]
    public void Form_row_splits_across_pages()
    {
        var layout = Run(Heading("附件"), Form(indicators: 3, tallLines: 60));
        var first = layout.Pages.First(p => p.Lines.Contains("测试项目"));
        var next = layout.Pages[layout.Pages.ToList().IndexOf(first) + 1];
        Assert.That(first.Lines.Count(l => l.Contains("目标任务", StringComparison.Ordinal)), Is.GreaterThan(10),
            "the tall row starts on the form's first page");
        Assert.That(first.Ops.OfType<LineOp>().Max(r => r.Y2), Is.GreaterThan(first.Geometry.TextBottom - 30), "which it fills to the bottom");
        Assert.That(next.Lines.Any(l => l.Contains("年度目标任务", StringComparison.Ordinal)), "and continues on the next");
        Assert.That(next.Lines, Does.Contain("年度目标（20分）"), "its label shows again");
        var text = string.Concat(layout.Pages.Select(ContentText));
        Assert.That(text.Split("推动工业企业完成年度目标任务，").Length - 1, Is.EqualTo(60 * 4), "no line lost or repeated at a split, the text reads on");
    }

    [Test]
    public void Form_continuation_repeats_its_label_row_and_spanning_labels_with_every_rule()
    {
        var layout = Run(Heading("附件"), Form(indicators: 40));
        var pages = layout.Pages.Where(p => RowNumbers(p).Count > 0).ToList();
        Assert.That(pages, Has.Count.GreaterThan(1));
        var next = pages[1];
        var text = string.Concat(next.Lines);
        foreach (var label in new[] { "一级指标", "二级指标", "指标名称", "得分", "年度绩效指标（60分）", "产出指标", "数量指标" })
            Assert.That(text, Does.Contain(label), $"'{label}' repeated on the continuation page");
        var rules = next.Ops.OfType<LineOp>().ToList();
        var top = rules.Min(r => Math.Min(r.Y1, r.Y2));
        var bottom = rules.Max(r => Math.Max(r.Y1, r.Y2));
        var verticals = rules.Where(r => Math.Abs(r.X1 - r.X2) < 0.01).GroupBy(r => Math.Round(r.X1, 1)).OrderBy(g => g.Key).ToList();
        Assert.That(verticals, Has.Count.EqualTo(8), "the frame and the six column rules");
        foreach (var column in verticals)
            Assert.That(Covered(column.Select(r => (Math.Min(r.Y1, r.Y2), Math.Max(r.Y1, r.Y2)))), Is.EqualTo(bottom - top).Within(0.5),
                $"the rule at x={column.Key} runs the table's whole height");
    }

    [Test]
    public void A_spanning_label_cut_by_a_page_shows_whole_on_both_pages()
    {
        // dept-004 of the generated sample: a page that took one row of a three-row group drew "服务对象满意" of its
        // label "服务对象满意度指标", clipped to that row's height. The group comes after 8 to 24 rows, so that the
        // page's end passes over it.
        const string label = "服务对象满意度指标";
        var near = 0;
        for (var before = 8; before <= 24; before++)
        {
            var layout = Run(Heading("附件"), SpanForm(before, label));
            var pages = layout.Pages.Where(p => RowNumbers(p).Count > 0).ToList();
            var group = Enumerable.Range(before + 1, 3).ToList();
            if (pages.SkipLast(1).Any(p => RowNumbers(p)[^1] >= before && RowNumbers(p)[^1] < before + 3)) near++;
            foreach (var page in pages.Where(p => RowNumbers(p).Intersect(group).Any()))
            {
                var drawn = string.Concat(page.Ops.OfType<TextOp>().Select(t => t.Text));
                Assert.That(drawn, Does.Contain(label), $"{before} rows before the group: page {layout.Pages.ToList().IndexOf(page) + 1}");
            }
        }

        Assert.That(near, Is.GreaterThan(0), "in some layouts a page ends at the group");
    }

    /// <summary>A form: a group of <paramref name="before"/> rows, a three-row group labelled <paramref name="label"/>, a long group.</summary>
    private static Table SpanForm(int before, string label)
    {
        static TableCell L(string text, int rowSpan = 1) => new(text, 1, rowSpan, CellAlign.Center, IsHeader: true);
        var body = new List<TableRow> { new([L("一级指标"), L("二级指标"), L("指标名称"), L("年初目标值"), L("实际完成值"), L("得分")]) };
        for (var i = 1; i <= before + 3 + 26; i++)
        {
            TableCell[] row = [new($"第{i}行"), new("≥5家"), new("6家"), new("1")];
            body.Add(new(i == 1 ? [L("产出指标", before), L("数量指标", before), .. row]
                : i == before + 1 ? [L("满意度指标", 3), L(label, 3), .. row]
                : i == before + 4 ? [L("效益指标", 26), L("社会效益指标", 26), .. row]
                : row));
        }

        var columns = new[] { 1.1, 1.1, 2.6, 1.4, 1.4, 0.8 }
            .Select((w, i) => new TableColumn(i == 2 ? CellAlign.Left : CellAlign.Center, w)).ToList();
        return new Table("form", "测试项目自评表", [], columns, [], body, [], true, new("blocks.md", 1, 1));
    }

    [Test]
    public void A_table_that_fits_stays_whole_and_keeps_its_heading()
    {
        var before = Lines(16);
        var layout = Run(Heading("正文"), before, Heading("表"), Rows(8));
        var pages = RowsByPage(layout);
        Assert.That(pages, Has.Count.EqualTo(1));
        var page = layout.Pages.Single(p => RowNumbers(p).Count > 0);
        Assert.That(page.Lines, Does.Contain("表"), "the heading moves with its table");
    }

    /// <summary>The total length of the union of intervals.</summary>
    private static double Covered(IEnumerable<(double From, double To)> intervals)
    {
        double total = 0, end = double.MinValue;
        foreach (var (from, to) in intervals.OrderBy(i => i.From))
        {
            if (to <= end) continue;
            total += to - Math.Max(from, end);
            end = to;
        }

        return total;
    }
}
