using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>The sample department as entered (data/2024/hongshan-jkj) satisfies every identity.</summary>
public sealed class SampleDepartmentTests
{
    [Test]
    public void The_sample_department_passes_every_check()
    {
        using var copy = SampleData.Copy();
        var run = copy.Check();

        Assert.That(run.Errors.Select(run.Describe), Is.Empty, "errors");
        Assert.That(run.Warnings.Select(run.Describe), Is.Empty, "warnings");
        Assert.That(run.Load.Unavailable, Is.Empty, "every file is readable");
        Assert.That(run.Infos.Select(run.Spot), Is.EqualTo(new[]
        {
            "FA2900 tables/03.csv:2:4", "FA2900 tables/03.csv:2:5", "FA2900 tables/05.csv:2:4", "FA2900 tables/05.csv:2:5",
        }), run.Listing());
        // The rounding tails of B2.16: Σ类 基本支出 1660.85 vs 合计 1660.86 (5 addends), Σ类 项目支出 25203.78 vs 25203.77 (4 addends).
        foreach (var table in new[] { "tables/03.csv", "tables/05.csv" })
        {
            run.Expect("FA2900", $"{table}:2:4", expected: 1660.85m, actual: 1660.86m, tolerance: 0.03m, severity: Severity.Info);
            run.Expect("FA2900", $"{table}:2:5", expected: 25203.78m, actual: 25203.77m, tolerance: 0.02m, severity: Severity.Info);
        }
    }

    [Test]
    public void The_sample_is_read_into_the_published_figures()
    {
        using var copy = SampleData.Copy();
        var m = copy.Check().Model;

        Assert.That(m.Department.Year.Value, Is.EqualTo(2024));
        Assert.That(m.T01[30].Value, Is.EqualTo(26864.63m));
        Assert.That(m.T05.Total.Values.Select(v => v.Value), Is.EqualTo(new[] { 26864.63m, 1660.86m, 25203.77m }));
        Assert.That(m.T05.Items.Count(), Is.EqualTo(28), "28 项 in 公开05表");
        Assert.That(m.BudgetExecution, Has.Count.EqualTo(28));
        Assert.That(m.T06.PersonnelTotal.Value + m.T06.PublicTotal.Value, Is.EqualTo(1660.86m));
        Assert.That(m.T09.Actual.VehicleOperation.Value, Is.EqualTo(6.72m));
        Assert.That(m.Performance.Projects, Has.Count.EqualTo(5));
        Assert.That(m.T07.IsEmpty && m.T08.IsEmpty, "公开07/08表 have no rows");
    }

    [Test]
    public void Every_value_remembers_its_file_line_and_column()
    {
        using var copy = SampleData.Copy();
        var run = copy.Check();
        var row = run.Model.T03.Find(new Model.SubjectCode("2210202"))!;

        Assert.That(run.At(row.Location), Is.EqualTo("tables/03.csv:53:1"));
        Assert.That(run.At(row[1].Location), Is.EqualTo("tables/03.csv:53:4"));
        Assert.That(run.At(run.Model.Procurement.Total.Location), Is.EqualTo("procurement.yaml:7:8"));
        Assert.That(run.At(run.Model.T01.Line(57)[0].Location), Is.EqualTo("tables/01.csv:40:3"));
        Assert.That(run.At(run.Model.Performance.Projects[2].Form.TotalScore!.Value.Location), Is.EqualTo("performance/projects/03.yaml:37:16"));
        Assert.That(run.At(run.Model.Performance.Overall.Form.Indicators[0].Score.Location), Is.EqualTo("performance/overall.indicators.csv:2:6"));
    }
}
