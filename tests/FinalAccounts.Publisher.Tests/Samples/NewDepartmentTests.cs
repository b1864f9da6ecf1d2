using FinalAccounts.Cli;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Samples;

/// <summary>
/// <c>finacc new</c>: a department folder to fill — the workbook in the official layout with its fixed rows, the YAML
/// files with comments and empty values — that checks as a short to-do list, one line per file; never an existing folder.
/// </summary>
public sealed class NewDepartmentTests
{
    /// <summary>A temporary data root with the sample's code lists and no department.</summary>
    private sealed class DataRoot : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("finacc-new").FullName;

        public DataRoot() => SampleData.CopyDirectory(SampleData.ReferenceFolder, Path.Combine(Root, "data", "reference", SampleData.Year));

        public string Department(string id = "new-dept") => Path.Combine(Root, "data", SampleData.Year, id);

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    [Test]
    public void A_new_folder_checks_as_a_to_do_list_of_one_line_per_file()
    {
        using var data = new DataRoot();
        var bag = new DiagnosticBag();
        var files = NewDepartment.Create(data.Department(), bag);
        Assert.That(bag.Items, Is.Empty);
        Assert.That(files, Does.Contain("tables.xlsx").And.Contain("department.yaml").And.Contain("key-work.md"));

        var load = new DepartmentLoader().Load(data.Department());
        Checker.Run(load);
        var run = new CheckRun(load, data.Department());

        var lines = run.Diagnostics;
        Assert.That(lines.Select(d => d.Code.Id).Distinct(), Is.EquivalentTo(new[] { "FA1024", "FA1054" }), run.Listing());
        Assert.That(lines.GroupBy(d => d.Location.File).Where(g => g.Count() > 1), Is.Empty, "one line per file:\n" + run.Listing());
        Assert.That(lines.Select(d => run.Relative(d.Location.File)), Is.SupersetOf(new[]
        {
            "department.yaml", "prior-year.yaml", "three-public.yaml", "operating-funds.yaml", "procurement.yaml", "assets.yaml",
            "performance/overall.yaml", "performance/overview.yaml", "tables.xlsx",
        }));
        var department = lines.Single(d => d.Location.File.EndsWith("department.yaml", StringComparison.Ordinal));
        Assert.That(department.Message.Zh, Does.StartWith("还有 7 项要填写：name、short_name"));
        Assert.That(department.Count, Is.EqualTo(7), "the to-do line counts every value it stands for");
    }

    [Test]
    public void The_new_workbook_reads_back_as_empty_tables_with_every_fixed_row()
    {
        using var data = new DataRoot();
        NewDepartment.Create(data.Department(), new DiagnosticBag());

        var load = new DepartmentLoader().Load(data.Department());

        var run = new CheckRun(load, data.Department());
        Assert.That(run.Diagnostics.Where(d => run.Relative(d.Location.File) == "tables.xlsx" && d.Code.Id != "FA1054").Select(run.Describe),
            Is.Empty);
        var model = load.Model!;
        Assert.That(model.Tables.All(t => t.IsEmpty));
        Assert.That(model.T01.Lines.Single(l => l.Number == 36).Name, Is.EqualTo("科学技术支出"));
        Assert.That(model.T04.Lines.Single(l => l.Number == 61).Name, Is.EqualTo("一般公共预算财政拨款"));
        Assert.That(model.T06.Rows.Select(r => r.Code.Value), Is.EquivalentTo(((CodeRows)PublicTables.T06.Rows).Standard));
        Assert.That(model.T01.Lines.Single(l => l.Number == 36).Values[0].Location.ToString(), Does.EndWith("tables.xlsx:公开01表!F12"));
    }

    [Test]
    public void New_never_changes_an_existing_folder()
    {
        using var data = new DataRoot();
        Directory.CreateDirectory(data.Department());
        File.WriteAllText(Path.Combine(data.Department(), "department.yaml"), "name: 已有\n");
        var bag = new DiagnosticBag();

        var files = NewDepartment.Create(data.Department(), bag);

        Assert.That(files, Is.Empty);
        Assert.That(bag.Items.Single().Code.Id, Is.EqualTo("FA1053"));
        Assert.That(Directory.GetFileSystemEntries(data.Department()), Has.Length.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(data.Department(), "department.yaml")), Is.EqualTo("name: 已有\n"));
    }

    [TestCase("data/new-dept")]
    [TestCase("data/2024/New_Dept")]
    public void New_wants_a_year_folder_and_a_safe_id(string relative)
    {
        using var data = new DataRoot();
        var bag = new DiagnosticBag();

        var files = NewDepartment.Create(Path.Combine(data.Root, relative), bag);

        Assert.That(files, Is.Empty);
        Assert.That(bag.Items.Single().Code.Id, Is.EqualTo("FA1019"));
        Assert.That(Directory.Exists(Path.Combine(data.Root, relative)), Is.False);
    }

    [Test]
    public void Cli_new_lists_the_files_and_says_what_to_do_next()
    {
        using var data = new DataRoot();
        var (code, output, error) = Finacc.Run("new", data.Department(), "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
        Assert.That(output, Does.Contain("tables.xlsx").And.Contain("finacc check"));
        var (again, output2, _) = Finacc.Run("new", data.Department(), "--lang", "en");
        Assert.That(again, Is.EqualTo(ExitCodes.Errors), output2);
        Assert.That(output2, Does.Contain("error FA1053"));
    }
}
