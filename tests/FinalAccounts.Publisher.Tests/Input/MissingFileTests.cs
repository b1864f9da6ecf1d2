using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// A required file that is missing, empty or unreadable is reported once (FA1001, FA1003, FA1004, FA1013): every identity
/// that involves it is skipped, so no cascade of cross-table errors follows.
/// </summary>
public sealed class MissingFileTests
{
    private static readonly string[] RequiredFiles =
    [
        "tables/01.csv", "tables/02.csv", "tables/03.csv", "tables/04.csv", "tables/05.csv", "tables/06.csv", "tables/07.csv",
        "tables/08.csv", "tables/09.csv", "budget-execution.csv", "prior-year.yaml", "explanations.yaml", "three-public.yaml",
        "operating-funds.yaml", "procurement.yaml", "assets.yaml", "performance/overview.yaml", "performance/overall.yaml",
        "performance/overall.indicators.csv", "performance/projects/03.indicators.csv", "key-work.md", "key-work.csv",
    ];

    [TestCaseSource(nameof(RequiredFiles))]
    public void A_missing_required_file_reports_FA1001_and_nothing_that_depends_on_it(string file)
    {
        using var copy = SampleData.Copy();
        copy.Delete(file);
        var run = copy.Check();

        Assert.That(run.Expect("FA1001", file).Message.Zh, Does.Contain(file));
        Assert.That(run.Load.Unavailable.Select(run.Relative), Does.Contain(file));
        run.ExpectNewExactly($"FA1001 {file}");
    }

    [TestCaseSource(nameof(RequiredFiles))]
    public void An_empty_required_file_reports_FA1003_at_its_line_1_and_nothing_that_depends_on_it(string file)
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes(file, []);
        var run = copy.Check();

        run.Expect("FA1003", $"{file}:1:1");
        run.ExpectNewExactly($"FA1003 {file}:1:1");
    }

    [TestCase("procurement.yaml")]
    [TestCase("tables/05.csv")]
    public void A_file_of_blank_lines_is_empty(string file)
    {
        using var copy = SampleData.Copy();
        copy.WriteText(file, "\n  \r\n\t\n");
        var run = copy.Check();

        run.ExpectNewExactly($"FA1003 {file}:1:1");
    }

    [Test]
    public void A_YAML_file_with_only_comments_is_empty()
    {
        using var copy = SampleData.Copy();
        copy.WriteText("procurement.yaml", "# 政府采购\n");
        var run = copy.Check();

        Assert.That(run.Expect("FA1003", "procurement.yaml:1:1").Message.Zh, Does.Contain("键: 值"));
        run.ExpectNewExactly("FA1003 procurement.yaml:1:1");
    }

    [Test]
    public void A_missing_department_yaml_is_reported_without_an_exception()
    {
        using var copy = SampleData.Copy();
        copy.Delete("department.yaml");
        var run = copy.Check();

        run.Expect("FA1001", "department.yaml");
        Assert.That(run.Errors.Select(run.Spot), Does.Contain("FA1001 department.yaml"));
    }

    [Test]
    public void A_missing_department_folder_is_reported_without_an_exception()
    {
        using var copy = SampleData.Copy();
        var load = new Publisher.Input.DepartmentLoader().Load(Path.Combine(copy.YearFolder, "no-such-dept"));
        Publisher.Checks.Checker.Run(load);

        Assert.That(load.Model, Is.Null);
        Assert.That(load.Diagnostics.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA1001" }));
    }
}
