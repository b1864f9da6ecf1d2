using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Tests.Writers.Shared;

public sealed class KeepRulesTests
{
    private static readonly SourceLocation Here = new("keep.md", 1, 1);

    [Test]
    public void A_short_paragraph_after_a_table_is_its_statement()
    {
        var kept = KeepRules.KeptWithPrevious([H("七、表"), T(), P("本部门2024年度无政府性基金预算财政拨款收入支出。"), H("八、表"), T(), P(Long)]);
        Assert.That(kept, Is.EqualTo(new[] { false, false, true, false, false, false }), "a long paragraph after a table is not a statement");
    }

    [Test]
    public void A_short_paragraph_that_ends_a_part_is_a_closing_line()
    {
        var kept = KeepRules.KeptWithPrevious([H("附件"), P(Long), P("联系人：张三"), P("咨询电话：027-87374508"), new PageBreak(Here), H("下一部分"), P("短句。")]);
        Assert.That(kept, Is.EqualTo(new[] { false, false, true, true, false, false, false }), "a short paragraph right after a heading stays free");
    }

    [Test]
    public void A_short_paragraph_in_the_middle_of_a_part_stays_free()
    {
        var kept = KeepRules.KeptWithPrevious([H("一、"), P(Long), P("短句。"), P(Long)]);
        Assert.That(kept, Is.All.False);
    }

    [Test]
    public void Pages_do_not_break_before_a_total_or_after_a_row_of_labels()
    {
        var label = new TableRow([new TableCell("一级指标", IsHeader: true), new TableCell("二级指标", IsHeader: true)]);
        var row = new TableRow([new TableCell("产出指标"), new TableCell("1")]);
        var total = new TableRow([new TableCell("合计"), new TableCell("2")], TableRowKind.Total);
        var table = T() with { Body = [row, row, label, row, row, total] };
        var allowed = Enumerable.Range(0, table.Body.Count).Select(i => KeepRules.CanBreakBefore(table, i)).ToArray();
        Assert.That(allowed, Is.EqualTo(new[] { false, true, true, false, true, false }));
    }

    private static readonly string Long = string.Concat(Enumerable.Repeat("按照年度工作计划统筹推进各项重点任务，", 8));

    private static Heading H(string text) => new(2, "", text, text, true, Here);

    private static Paragraph P(string text) => new([new Inline(text)], ParagraphKind.Body, Here);

    private static Table T() => new("t", "表", [], [new(CellAlign.Left)], [], [new TableRow([new TableCell("1")])], [], false, Here);
}
