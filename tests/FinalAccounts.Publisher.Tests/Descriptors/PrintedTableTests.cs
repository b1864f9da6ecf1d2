using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Descriptors;

/// <summary>Each shape prints the sample's tables as the reference publication does (rows, labels, spans, totals).</summary>
public sealed class PrintedTableTests
{
    private static readonly Lazy<DepartmentYear> Sample = new(() => new DepartmentLoader().Load(SampleData.DepartmentFolder).Model!);

    private static IEnumerable<TableDescriptor> Tables() => PublicTables.All;

    [TestCaseSource(nameof(Tables))]
    public void Every_printed_row_fills_the_columns_of_the_header(TableDescriptor table)
    {
        var printed = PrintedTable.Of(Sample.Value.Table(table));
        Assert.That(printed.Columns, Has.Count.EqualTo(table.Leaves.Count));
        foreach (var row in printed.Rows)
            Assert.That(row.Cells.Sum(c => c.ColSpan), Is.EqualTo(table.Leaves.Count));
    }

    [Test]
    public void Table_01_prints_income_beside_expenditure_with_numbered_names_and_total_rows()
    {
        var rows = PrintedTable.Of(Sample.Value.T01).Rows;
        Assert.That(rows, Has.Count.EqualTo(30));
        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "一、一般公共预算财政拨款收入", "1", "26864.63", "一、一般公共服务支出", "31", "311.32" }));
        Assert.That(Texts(rows[10]), Is.EqualTo(new[] { "", "11", "", "十一、城乡社区支出", "41", "0" }), "lines 9–26 have no income");
        Assert.That(rows[10].Cells[2].Kind, Is.EqualTo(PrintedCellKind.Text), "an unnumbered income line has no amount, not a zero");
        Assert.That(Texts(rows[25]).Skip(3), Is.EqualTo(new[] { "二十六、抗疫特别国债安排的支出", "56", "0" }));
        Assert.That(rows.Select((r, i) => (r, i)).Where(x => x.r.IsTotal).Select(x => x.i + 1), Is.EqualTo(new[] { 27, 30 }));
    }

    [Test]
    public void Table_06_prints_personnel_and_the_two_public_groups_side_by_side_and_both_totals_last()
    {
        var rows = PrintedTable.Of(Sample.Value.T06).Rows;
        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "301", "工资福利支出", "1300.34", "302", "商品和服务支出", "169.86", "310", "资本性支出", "0.18" }));
        Assert.That(rows, Has.Count.EqualTo(29), "28 rows of 302 and its 款, then the totals");
        var last = rows[^1];
        Assert.That(last.IsTotal, Is.True);
        Assert.That(last.Cells.Select(c => (c.Text, c.ColSpan, c.Amount?.Value)), Is.EqualTo(new (string, int, decimal?)[]
            { ("人员经费合计", 2, null), ("", 1, 1490.82m), ("公用经费合计", 5, null), ("", 1, 170.04m) }));
    }

    [Test]
    public void Table_09_prints_budget_beside_actual_in_one_row()
    {
        var rows = PrintedTable.Of(Sample.Value.T09).Rows;
        Assert.That(rows.Single().Cells.Select(c => c.Amount!.Value.Value),
            Is.EqualTo(new[] { 8.8m, 0, 8.8m, 0, 8.8m, 0, 6.72m, 0, 6.72m, 0, 6.72m, 0 }));
    }

    [Test]
    public void A_classified_table_prints_its_total_row_first_as_a_spanning_label()
    {
        var rows = PrintedTable.Of(Sample.Value.T03).Rows;
        Assert.That(rows[0].Cells[0], Is.EqualTo(PrintedCell.Label("合计", 2)));
        Assert.That(Texts(rows[1]).Take(3), Is.EqualTo(new[] { "201", "一般公共服务支出", "311.32" }));
    }

    private static IEnumerable<string> Texts(PrintedRow row) =>
        row.Cells.Select(c => c.Amount is { } a ? a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Text);
}
