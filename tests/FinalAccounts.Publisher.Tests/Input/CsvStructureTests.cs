using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// A CSV file whose header or rows are malformed gives located errors and never an exception. A file that cannot be read
/// at all is reported once: the identities that involve it are skipped, not misreported.
/// </summary>
public sealed class CsvStructureTests
{
    [Test]
    public void Missing_columns_are_all_named_in_one_error_on_the_header()
    {
        using var copy = SampleData.Copy();
        copy.EditCsv("tables/05.csv", csv => { foreach (var row in csv.Rows) row.RemoveRange(3, 2); });
        var run = copy.Check();

        var d = run.Expect("FA1005", "tables/05.csv:1:1");
        Assert.That(d.Message.Zh, Does.Contain("基本支出、项目支出").And.Contain("科目编码,科目名称,本年支出小计,基本支出,项目支出"));
        Assert.That(run.Load.Unavailable.Select(run.Relative), Is.EqualTo(new[] { "tables/05.csv" }));
        run.ExpectNewExactly("FA1005 tables/05.csv:1:1");
    }

    [Test]
    public void An_unknown_column_is_reported_at_its_field()
    {
        using var copy = SampleData.Copy();
        copy.EditCsv("tables/05.csv", csv => { foreach (var row in csv.Rows) row.Add(row == csv.Header ? "备注" : ""); });
        var run = copy.Check();

        Assert.That(run.Expect("FA1006", "tables/05.csv:1:6").Message.Zh, Does.Contain("备注"));
        run.ExpectNewExactly("FA1006 tables/05.csv:1:6");
    }

    [Test]
    public void A_misspelt_column_is_both_missing_and_unknown()
    {
        using var copy = SampleData.Copy();
        copy.Replace("tables/05.csv", "本年支出小计,基本支出,项目支出", "本年支出小计,基本支岀,项目支出");
        var run = copy.Check();

        Assert.That(run.Expect("FA1005", "tables/05.csv:1:1").Message.Zh, Does.Contain("缺少列：基本支出。"));
        Assert.That(run.Expect("FA1006", "tables/05.csv:1:4").Message.Zh, Does.Contain("基本支岀"));
        run.ExpectNewExactly("FA1005 tables/05.csv:1:1", "FA1006 tables/05.csv:1:4");
    }

    [Test]
    public void A_column_given_twice_is_reported_at_the_second()
    {
        using var copy = SampleData.Copy();
        copy.EditCsv("tables/09.csv", csv => { foreach (var row in csv.Rows) row.Add(row == csv.Header ? "合计" : ""); });
        var run = copy.Check();

        Assert.That(run.Expect("FA1006", "tables/09.csv:1:8").Message.Zh, Does.Contain("重复"));
        run.ExpectNewExactly("FA1006 tables/09.csv:1:8");
    }

    [TestCase("2060188,x,1,1,,,,,,extra", 10, "10 列")]
    [TestCase("2060188,x,1,1,,,,,,,,", 10, "12 列")]
    [TestCase("2060188,x,1", 4, "3 列")]
    public void A_row_with_another_field_count_than_the_header_reports_FA1018_at_the_first_field_that_does_not_fit(string row, int column, string count)
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("tables/02.csv", row);
        var run = copy.Check();

        Assert.That(run.Expect("FA1018", $"tables/02.csv:55:{column}").Message.Zh, Does.Contain(count).And.Contain("表头有 9 列"));
        run.ExpectNewExactly($"FA1018 tables/02.csv:55:{column}");
    }

    [Test]
    public void A_row_of_empty_fields_is_skipped_whatever_its_length()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("tables/02.csv", ",,");
        copy.AppendLine("tables/02.csv", "");
        copy.Check().ExpectNothingNew();
    }

    [Test]
    public void An_unpaired_quote_reports_FA1004_at_the_field_it_opens_and_the_file_is_not_used()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("tables/02.csv", "2060101,\"行政运行,,,,,,,");
        var run = copy.Check();

        Assert.That(run.Expect("FA1004", "tables/02.csv:55:2").Message.Zh, Does.Contain("引号"));
        run.ExpectNewExactly("FA1004 tables/02.csv:55:2");
    }

    [Test]
    public void A_quoted_field_with_commas_and_quotes_is_read()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("budget-execution.csv", "2060101", "原因", "人员减少, 支出\"下降\"");
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Model.BudgetExecution.Single(i => i.Code.Value == "2060101").Reason.Value, Is.EqualTo("人员减少, 支出\"下降\""));
    }

    [Test]
    public void A_header_only_table_is_an_empty_table()
    {
        using var copy = SampleData.Copy();
        copy.WriteText("tables/07.csv", "科目编码,科目名称,年初结转和结余,本年收入,本年支出小计,基本支出,项目支出,年末结转和结余");
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Model.T07.IsEmpty);
    }
}
