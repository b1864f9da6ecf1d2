using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// An identity between two files is reported in both, each naming the other ("另见 …"), so the file that holds the mistake
/// is always named; a figure the tool computed is placed at its file's first line, never at a file without a line.
/// </summary>
public sealed class OtherFileTests
{
    private const string Indicators = "performance/projects/01.indicators.csv";

    [Test]
    public void A_duplicated_indicator_row_is_reported_in_the_indicators_file()
    {
        using var copy = SampleData.Copy();
        var lines = copy.ReadText(Indicators).Split('\n').ToList();
        lines.Insert(8, lines[7]);
        copy.WriteText(Indicators, string.Join("\n", lines));
        var run = copy.Check();

        Assert.That(run.Expect("FA1009", $"{Indicators}:9:3").Message.Zh, Does.Contain("新增市级孵化载体"));
        Assert.That(run.Expect("FA4507", $"{Indicators}:1:6").Message.Zh, Does.Contain("另见 performance/projects/01.yaml:37:16"));
        run.ExpectNewExactly($"FA1009 {Indicators}:9:3", $"FA4507 {Indicators}:1:6", "FA4507 performance/projects/01.yaml:37:16");
    }

    [Test]
    public void A_changed_indicator_score_is_reported_in_the_indicators_file_as_well_as_at_the_total()
    {
        using var copy = SampleData.Copy();
        copy.SetCell(Indicators, "新增设备数量", "得分", "3");
        var run = copy.Check();

        var atTotal = run.Expect("FA4507", "performance/projects/01.yaml:37:16", expected: 99.22m, actual: 98.22m);
        Assert.That(atTotal.Message.Zh, Does.Contain($"另见 {Indicators}:1:6"));
        run.Expect("FA4507", $"{Indicators}:1:6", expected: 99.22m, actual: 98.22m);
        run.ExpectNewExactly($"FA4507 {Indicators}:1:6", "FA4507 performance/projects/01.yaml:37:16");
    }

    [Test]
    public void A_table_03_cell_below_table_05_is_reported_in_table_03_as_well()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "2060199", "基本支出", "367.94");
        copy.SetCell("tables/03.csv", "2060199", "项目支出", "1014.9");
        var run = copy.Check();

        Assert.That(run.Expect("FA3006", "tables/03.csv:14:4").Message.En, Does.Contain("(see also tables/05.csv:14:4)"));
        Assert.That(run.Expect("FA3006", "tables/05.csv:14:4").Message.En, Does.Contain("(see also tables/03.csv:14:4)"));
    }

    [Test]
    public void A_row_missing_from_budget_execution_is_placed_at_its_header_and_at_the_table_05_row()
    {
        using var copy = SampleData.Copy();
        copy.DeleteRows("budget-execution.csv", "2060102");
        var run = copy.Check();

        run.ExpectNewExactly("FA3009 budget-execution.csv:1:1", "FA3009 tables/05.csv:13:1");
    }

    [Test]
    public void A_missing_row_of_table_09_is_placed_at_its_header()
    {
        using var copy = SampleData.Copy();
        copy.DeleteRows("tables/09.csv", "预算数");
        var run = copy.Check();

        Assert.That(run.Expect("FA1017", "tables/09.csv:1:1").Message.Zh, Does.Contain("预算数"));
        Assert.That(run.Errors.Where(d => d.Location.Line < 1), Is.Empty);
    }
}
