using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Tests.Descriptors;

/// <summary>
/// The descriptors print the headers of the reference publication (transcribed here by hand from
/// 2024-hongshan-jkj-published.md, with STANDARD §B2.5's missing 栏次5 heading of 公开04表 restored), and every
/// descriptor is consistent: printed columns, data columns, identities and keys agree.
/// </summary>
public sealed class TableDescriptorTests
{
    private static readonly Dictionary<string, (string[] Rows, string Numbers)> Reference = new()
    {
        ["01"] = (["收入|c3 支出|c3", "项目 行次 金额 项目 行次 金额"], "栏次 _ 1 栏次 _ 2"),
        ["02"] = (["项目|c2 本年收入合计|r2 财政拨款收入|r2 上级补助收入|r2 事业收入|r2 经营收入|r2 附属单位上缴收入|r2 其他收入|r2",
            "功能分类科目编码 科目名称"], "类/款/项 栏次 1 2 3 4 5 6 7"),
        ["03"] = (["项目|c2 本年支出合计|r2 基本支出|r2 项目支出|r2 上缴上级支出|r2 经营支出|r2 对附属单位补助支出|r2",
            "功能分类科目编码 科目名称"], "类/款/项 栏次 1 2 3 4 5 6"),
        ["04"] = (["收入|c3 支出|c6", "项目|r2 行次|r2 决算数|r2 项目|r2 行次|r2 决算数|c4",
            "小计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款"], "栏次 _ 1 栏次 _ 2 3 4 5"),
        ["05"] = (["项目|c2 本年支出|c3", "功能分类科目编码 科目名称 小计 基本支出 项目支出"], "类/款/项 栏次 1 2 3"),
        ["06"] = (["人员经费|c3 公用经费|c6",
            "经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数"], ""),
        ["07"] = (["项目|c2 年初结转和结余|r2 本年收入|r2 本年支出|c3 年末结转和结余|r2", "功能分类科目编码 科目名称 小计 基本支出 项目支出"],
            "类/款/项 栏次 1 2 3 4 5 6"),
        ["08"] = (["项目|c2 本年支出|c3", "功能分类科目编码 科目名称 合计 基本支出 项目支出"], "类/款/项 栏次 1 2 3"),
        ["09"] = (["预算数|c6 决算数|c6",
            "合计|r2 因公出国（境）费|r2 公务用车购置及运行维护费|c3 公务接待费|r2 合计|r2 因公出国（境）费|r2 公务用车购置及运行维护费|c3 公务接待费|r2",
            "小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费"], "1 2 3 4 5 6 7 8 9 10 11 12"),
    };

    private static IEnumerable<TableDescriptor> Tables() => PublicTables.All;

    [Test]
    public void The_registry_holds_the_nine_tables_in_order_with_their_form_labels()
    {
        Assert.That(PublicTables.All.Select(t => t.Key), Is.EqualTo(Reference.Keys));
        Assert.That(PublicTables.All.Select(t => t.FormLabel).First(), Is.EqualTo("公开01表"));
        Assert.That(PublicTables.Find("09")!.Title, Is.EqualTo("财政拨款“三公”经费支出决算表"));
        Assert.That(PublicTables.Find("10"), Is.Null);
    }

    [TestCaseSource(nameof(Tables))]
    public void Header_rows_and_column_numbers_are_the_reference_publications(TableDescriptor table)
    {
        var (rows, numbers) = Reference[table.Key];
        var printed = table.HeaderRows().Select(r => string.Join(" ", r.Select(Cell))).ToList();
        Assert.That(printed, Is.EqualTo(rows));
        Assert.That(string.Join(" ", table.ColumnNumbers.Select(n => n.Length == 0 ? "_" : n)), Is.EqualTo(numbers));
    }

    [TestCaseSource(nameof(Tables))]
    public void Every_printed_column_shows_a_data_column_of_the_table(TableDescriptor table)
    {
        Assert.That(table.PrintedColumns, Has.Count.EqualTo(table.Leaves.Count), "one data column per printed column");
        Assert.That(table.PrintedColumns.Except(table.Columns.Select(c => c.Name)), Is.Empty);
        Assert.That(table.Columns.Where(c => c.IsAmount).Select(c => c.Name).Except(table.PrintedColumns), Is.Empty,
            "every amount is printed");
        Assert.That(table.Columns.Select(c => c.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Tables))]
    public void Identities_name_existing_amount_columns_and_lines(TableDescriptor table)
    {
        var amounts = table.Amounts.Count;
        foreach (var i in table.Identities.Rows)
            Assert.That(i.Plus.Concat(i.Minus).Append(i.Target), Is.All.InRange(0, amounts - 1));
        if (table.Rows is not LineRows lines) return;
        var known = lines.Fixed.Select(l => l.Number).Concat(Lines.Range(lines.FirstClassLine, lines.LastClassLine)).ToHashSet();
        foreach (var i in table.Identities.Lines)
            Assert.That(i.Plus.Append(i.Target), Is.SubsetOf(known));
        Assert.That(lines.LastLine, Is.EqualTo(lines.Fixed.Max(l => l.Number)));
    }

    [Test]
    public void A_blocks_fixed_row_is_one_of_the_tables_rows()
    {
        foreach (var table in PublicTables.All)
            foreach (var block in table.Blocks.Where(b => b.Row.Length > 0))
                Assert.That(((ItemRows)table.Rows).Items, Does.Contain(block.Row), table.ToString());
    }

    private static string Cell(HeaderCell c) =>
        c.Text + (c.ColSpan > 1 ? "|c" + c.ColSpan : "") + (c.RowSpan > 1 ? "|r" + c.RowSpan : "");
}
