using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// Bad cells of the CSV tables give located FA1xxx errors (file:line:column, the column being the field number) and never
/// an exception. Edits go into cells or rows that are otherwise empty, so nothing but the input error may appear.
/// </summary>
public sealed class CsvValueTests
{
    // 公开05表 line 12 is 2060101 行政运行, whose 项目支出 (field 5) is empty: a bad value there reads as 0, like the blank.
    [TestCase("12万", "不要写单位")]
    [TestCase("3.5万元", "不要写单位")]
    [TestCase("1,2", "")]
    [TestCase("１２", "全角")]
    [TestCase("1２.5", "全角")]
    [TestCase("12．5", "全角")]
    [TestCase("5%", "百分比")]
    [TestCase("十二", "")]
    [TestCase("1.2.3", "")]
    [TestCase("+-1", "")]
    public void A_cell_that_is_not_a_number_reports_FA1007_at_the_cell(string value, string hint)
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060101", "项目支出", value);
        var run = copy.Check();

        var d = run.Expect("FA1007", "tables/05.csv:12:5");
        Assert.That(d.Message.Zh, Does.Contain(value).And.Contain(hint));
        run.ExpectNewExactly("FA1007 tables/05.csv:12:5");
    }

    [TestCase("0.001")]
    [TestCase("12.345")]
    [TestCase("-0.125")]
    public void An_amount_with_more_than_two_decimals_reports_FA1008_at_the_cell(string value)
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060101", "项目支出", value);
        var run = copy.Check();

        Assert.That(run.Expect("FA1008", "tables/05.csv:12:5").Message.Zh, Does.Contain(value));
        run.ExpectNewExactly("FA1008 tables/05.csv:12:5");
    }

    [TestCase("tables/05.csv", "2060101", "项目支出", "tables/05.csv:12:5")]
    [TestCase("tables/02.csv", "合计", "其他收入", "tables/02.csv:2:9")]
    [TestCase("tables/09.csv", "决算数", "公务接待费", "tables/09.csv:3:7")]
    [TestCase("tables/01.csv", "5", "金额", "tables/01.csv:6:3")]
    [TestCase("budget-execution.csv", "2060101", "年初预算", "budget-execution.csv:5:3")]
    public void A_negative_amount_where_the_table_has_none_reports_FA1023_at_the_cell(string file, string row, string column, string at)
    {
        using var copy = SampleData.Copy();
        copy.SetCell(file, row, column, "-0.01");
        var run = copy.Check();

        Assert.That(run.Expect("FA1023", at).Message.Zh, Does.Contain("“-0.01”是负数"));
        Assert.That(run.New.Where(d => d.Code.Id.StartsWith("FA10", StringComparison.Ordinal)).Select(run.Spot),
            Is.EqualTo(new[] { $"FA1023 {at}" }));
    }

    [Test]
    public void The_department_s_own_balances_and_surplus_distribution_in_table_01_may_be_negative()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/01.csv", "58", "金额", "-1.50");
        copy.SetCell("tables/01.csv", "59", "金额", "1.50");
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Model.T01[58].Value, Is.EqualTo(-1.50m));
    }

    [TestCase(" 516.49 ")]
    [TestCase("0516.49")]
    public void Surrounding_blanks_and_leading_zeros_still_read_as_the_amount(string value)
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060101", "基本支出", value);
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Model.T05.Find(new Model.SubjectCode("2060101"))![1].Value, Is.EqualTo(516.49m));
    }

    [Test]
    public void A_code_missing_from_the_reference_list_reports_FA1010_naming_the_list()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("tables/02.csv", "2060188,行政运行,,,,,,,");
        var run = copy.Check();

        var d = run.Expect("FA1010", "tables/02.csv:55:1");
        Assert.That(d.Message.Zh, Does.Contain("2060188").And.Contain("functional-classification.csv"));
        run.ExpectNewExactly("FA1010 tables/02.csv:55:1");
    }

    [TestCase("tables/02.csv", "206010,行政运行,,,,,,,")]
    [TestCase("tables/02.csv", "2O60101,行政运行,,,,,,,")]
    [TestCase("tables/02.csv", "206010101,行政运行,,,,,,,")]
    [TestCase("tables/02.csv", ",行政运行,,,,,,,")]
    [TestCase("tables/06.csv", "3010101,基本工资,")]
    public void A_malformed_code_reports_FA1012_and_the_row_is_skipped(string file, string row)
    {
        using var copy = SampleData.Copy();
        copy.AppendLine(file, row);
        var run = copy.Check();

        var line = copy.ReadText(file).TrimEnd('\n').Split('\n').Length;
        run.Expect("FA1012", $"{file}:{line}:1");
        run.ExpectNewExactly($"FA1012 {file}:{line}:1");
    }

    [TestCase("tables/02.csv", "2060101,行政运行,516.49,516.49,,,,,", 55)]
    [TestCase("tables/02.csv", ",合计,1,1,,,,,", 55)]
    [TestCase("tables/01.csv", "28,使用非财政拨款结余（含专用结余）,", 44)]
    [TestCase("tables/06.csv", "30101,基本工资,1", 66)]
    [TestCase("budget-execution.csv", "2060101,行政运行,1,516.49,", 30)]
    public void A_second_row_for_the_same_code_or_line_reports_FA1009_and_is_ignored(string file, string row, int line)
    {
        using var copy = SampleData.Copy();
        copy.AppendLine(file, row);
        var run = copy.Check();

        run.Expect("FA1009", $"{file}:{line}:1");
        run.ExpectNewExactly($"FA1009 {file}:{line}:1");
    }

    [TestCase("tables/02.csv", 53)]
    [TestCase("tables/03.csv", 53)]
    [TestCase("tables/05.csv", 53)]
    [TestCase("budget-execution.csv", 28)]
    public void A_name_that_differs_from_the_reference_list_reports_FA1011_with_the_official_name(string file, int line)
    {
        using var copy = SampleData.Copy();
        copy.SetCell(file, "2210202", "科目名称", "租房补贴");
        var run = copy.Check();

        var d = run.Expect("FA1011", $"{file}:{line}:2");
        Assert.That(d.Message.Zh, Does.Contain("提租补贴").And.Contain("租房补贴"));
        Assert.That(d.Message.En, Does.Contain("'提租补贴'"));
        run.ExpectNewExactly($"FA1011 {file}:{line}:2");
    }

    [Test]
    public void An_economic_name_that_differs_from_the_reference_list_reports_FA1011()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/06.csv", "30110", "科目名称", "基本医疗保险缴费");
        var run = copy.Check();

        Assert.That(run.Expect("FA1011", "tables/06.csv:10:2").Message.Zh, Does.Contain("职工基本医疗保险缴费"));
        run.ExpectNewExactly("FA1011 tables/06.csv:10:2");
    }

    [Test]
    public void A_line_name_or_number_outside_the_standard_layout_reports_FA1017()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/01.csv", "31", "项目", "一般公共服务");
        copy.AppendLine("tables/01.csv", "9,,");
        var run = copy.Check();

        Assert.That(run.Expect("FA1017", "tables/01.csv:14:2").Message.Zh, Does.Contain("一般公共服务支出"));
        run.Expect("FA1017", "tables/01.csv:44:1");
        run.ExpectNewExactly("FA1017 tables/01.csv:14:2", "FA1017 tables/01.csv:44:1");
    }

    [Test]
    public void An_amount_in_a_column_an_income_line_does_not_have_reports_FA1021()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/04.csv", "1", "一般公共预算财政拨款", "26864.63");
        var run = copy.Check();

        run.Expect("FA1021", "tables/04.csv:2:4");
        run.ExpectNewExactly("FA1021 tables/04.csv:2:4");
    }
}
