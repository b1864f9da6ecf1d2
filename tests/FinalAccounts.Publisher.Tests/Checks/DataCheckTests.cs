using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>The library's check entry point: folders to departments, each read and checked; request problems kept apart.</summary>
public sealed class DataCheckTests
{
    [Test]
    public void A_year_folder_gives_each_department_checked_in_id_order()
    {
        using var copy = SampleData.Copy();
        copy.AddDepartment("a-second");
        var report = DataCheck.Run([copy.YearFolder]);

        Assert.That(report.Request.Items, Is.Empty);
        Assert.That(report.Departments.Select(d => Path.GetFileName(d.Folder.FullPath)), Is.EqualTo(new[] { "a-second", "hongshan-jkj" }));
        Assert.That(report.Departments.All(d => d.Model is not null), Is.True);
        Assert.That(report.DataHasErrors, Is.False);
    }

    [Test]
    public void A_missing_folder_is_a_request_problem_and_the_others_are_still_checked()
    {
        using var copy = SampleData.Copy();
        copy.Replace("procurement.yaml", "total: 875.78", "total: 876.78");
        var report = DataCheck.Run([Path.Combine(copy.YearFolder, "typo"), copy.Folder]);

        Assert.That(report.Request.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA1001" }));
        Assert.That(report.Departments, Has.Count.EqualTo(1));
        Assert.That(report.DataHasErrors, Is.True, "the data error is the department's, not the request's");
    }

    [Test]
    public void The_builder_checks_a_department_exactly_as_the_check_does()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060199", "基本支出", "369.94");
        var alone = DataCheck.Run([copy.Folder]).Departments.Single().Diagnostics.Sorted();
        var builder = new DisclosureBuilder(new BuildOptions(Path.Combine(copy.Root, "out"), BuildOptions.AllFormats));
        var inBuild = builder.Check(copy.Folder).Diagnostics.Sorted();

        Assert.That(inBuild.Select(d => d.ToString()), Is.EqualTo(alone.Select(d => d.ToString())));
        Assert.That(alone.Any(d => d.Code.Id == "FA2001"), Is.True);
    }
}
