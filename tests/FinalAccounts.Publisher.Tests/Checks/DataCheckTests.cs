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

    [Test]
    public void Another_departments_name_left_in_a_text_warns_FA1073_where_it_stands()
    {
        using var copy = SampleData.Copy();
        copy.AddDepartment("a-second");
        var yaml = Path.Combine(copy.YearFolder, "a-second", "department.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("name: 武汉市洪山区经济信息化和科技创新局", "name: 武汉市洪山区示例局")
            .Replace("short_name: 区经科局", "short_name: 区示例局"));

        var report = DataCheck.Run([copy.YearFolder]);
        string[] Warnings(string id) => report.Departments.Single(d => d.Folder.Name == id).Diagnostics.Items
            .Where(d => d.Code.Id == "FA1073").Select(d => $"{Path.GetFileName(d.Location.File)}:{d.Location.Line}:{d.Location.Column}").ToArray();

        var second = Warnings("a-second");
        Assert.That(second, Does.Contain("department.yaml:17:3").And.Contain("01.yaml:23:25").And.Contain("02.yaml:28:7"), "the name and the short name");
        Assert.That(second.Count(w => w.StartsWith("department.yaml", StringComparison.Ordinal)), Is.EqualTo(1), "once per name and file, at its first place");
        Assert.That(Warnings("hongshan-jkj"), Is.Empty, "its own names are not another's");
        var message = report.Departments.Single(d => d.Folder.Name == "a-second").Diagnostics.Items.First(d => d.Code.Id == "FA1073").Message.Zh;
        Assert.That(message, Does.Contain("武汉市洪山区经济信息化和科技创新局").And.Contain("hongshan-jkj"));
    }
}
