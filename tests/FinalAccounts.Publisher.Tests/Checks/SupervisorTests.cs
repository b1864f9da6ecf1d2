using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// The 主管部门 (issue 15.7): department.yaml may name one (<c>supervisor</c>); it must agree with the year's
/// publication.yaml (FA1074), a project form may name it, and another department's is "another department's name" (FA1073).
/// </summary>
public sealed class SupervisorTests
{
    private const string Parent = "武汉市洪山区人民政府办公室";

    private static void NameSupervisor(string folder, string supervisor)
    {
        var yaml = Path.Combine(folder, "department.yaml");
        var lines = File.ReadAllLines(yaml).Where(l => !l.StartsWith("supervisor:", StringComparison.Ordinal)).ToList();
        lines.Insert(lines.FindIndex(l => l.StartsWith("short_name:", StringComparison.Ordinal)) + 1, "supervisor: " + supervisor);
        File.WriteAllText(yaml, string.Join("\n", lines) + "\n");
    }

    private static void WritePublication(SampleCopy copy, string supervisor) =>
        File.WriteAllText(Path.Combine(copy.YearFolder, "publication.yaml"), $"supervisors:\n  {SampleData.DepartmentId}: {supervisor}\n");

    private static IReadOnlyList<string> Codes(LoadResult d, string code) =>
        d.Diagnostics.Items.Where(x => x.Code.Id == code).Select(x => $"{Path.GetFileName(x.Location.File)}:{x.Location.Line}:{x.Location.Column} {x.Message.Zh}").ToList();

    [Test]
    public void A_supervisor_that_differs_from_publication_yaml_warns_FA1074_naming_both()
    {
        using var copy = SampleData.Copy();
        NameSupervisor(copy.Folder, Parent);
        WritePublication(copy, "武汉市洪山区科学技术协会");
        var departments = DataCheck.Run([copy.Folder]).Departments;

        SupervisorCheck.Report(departments);

        var warnings = Codes(departments.Single(), "FA1074");
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith("department.yaml:14:13").And.Contain(Parent).And.Contain("武汉市洪山区科学技术协会")
            .And.Contain("publication.yaml"));
    }

    [Test]
    public void The_same_supervisor_in_both_files_or_in_one_only_is_no_warning()
    {
        using var copy = SampleData.Copy();
        NameSupervisor(copy.Folder, Parent);
        var alone = DataCheck.Run([copy.Folder]).Departments;
        SupervisorCheck.Report(alone);
        WritePublication(copy, Parent + " ");
        var both = DataCheck.Run([copy.Folder]).Departments;
        SupervisorCheck.Report(both);

        Assert.That(Codes(alone.Single(), "FA1074").Concat(Codes(both.Single(), "FA1074")), Is.Empty);
    }

    [Test]
    public void A_project_form_may_name_the_supervisor_department_yaml_names_as_its_competent_department()
    {
        using var copy = SampleData.Copy();
        copy.Replace("performance/projects/02.yaml", "competent_department: 武汉市洪山区经济信息化和科技创新局", "competent_department: " + Parent);
        var without = DataCheck.Run([copy.Folder]).Departments.Single();
        NameSupervisor(copy.Folder, Parent);
        var with = DataCheck.Run([copy.Folder]).Departments.Single();

        Assert.That(Codes(without, "FA4011"), Has.Count.EqualTo(1), "not this department without a supervisor named");
        Assert.That(Codes(with, "FA4011"), Is.Empty);
        Assert.That(with.Diagnostics.HasErrors, Is.False, "supervisor is a known key of department.yaml");
    }

    [Test]
    public void Another_departments_supervisor_left_in_a_text_warns_FA1073_but_a_shared_one_does_not()
    {
        using var copy = SampleData.Copy();
        var second = copy.AddDepartment("a-second");
        var yaml = Path.Combine(second, "department.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("name: 武汉市洪山区经济信息化和科技创新局", "name: 武汉市洪山区示例局")
            .Replace("short_name: 区经科局", "short_name: 区示例局"));
        NameSupervisor(second, "武汉市洪山区示例主管委员会");
        copy.Replace("key-work.md", "全市排名第3。", "全市排名第3。武汉市洪山区示例主管委员会予以通报。");

        var report = DataCheck.Run([copy.YearFolder]);
        var own = report.Departments.Single(d => d.Folder.Name == SampleData.DepartmentId);
        Assert.That(Codes(own, "FA1073"), Has.One.StartsWith("key-work.md:5:").And.Contain("武汉市洪山区示例主管委员会"));

        NameSupervisor(copy.Folder, "武汉市洪山区示例主管委员会");
        var shared = DataCheck.Run([copy.YearFolder]).Departments.Single(d => d.Folder.Name == SampleData.DepartmentId);
        Assert.That(Codes(shared, "FA1073"), Is.Empty, "its own 主管部门 is not another's name");
    }

    [Test]
    [Category("Slow")]
    public void Finacc_check_reports_a_supervisor_that_differs_from_publication_yaml()
    {
        using var copy = SampleData.Copy();
        NameSupervisor(copy.Folder, Parent);
        WritePublication(copy, "武汉市洪山区科学技术协会");

        var (code, output, error) = Finacc.Run("check", copy.Folder, "--templates", Golden.SampleDisclosure.TemplatesRoot);

        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("department.yaml:14:13: warning FA1074"));
    }
}
