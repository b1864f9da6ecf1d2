using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>The department folder itself: data/&lt;year&gt;/&lt;id&gt; with a safe id, the year of department.yaml, no stray files.</summary>
public sealed class FolderTests
{
    [Test]
    public void A_folder_under_another_year_reports_FA1019_at_the_year_key()
    {
        using var copy = SampleData.Copy(yearFolder: "2023");
        var run = copy.Check();

        Assert.That(run.Expect("FA1019", "department.yaml:14:7").Message.Zh, Does.Contain("data/2024/").And.Contain("2023"));
        run.ExpectNewExactly("FA1019 department.yaml:14:7");
    }

    [TestCase("HongShan")]
    [TestCase("hong_shan")]
    [TestCase("hong shan")]
    [TestCase("-hongshan")]
    [TestCase("洪山区")]
    [TestCase("hongshan%20jkj")]
    [TestCase("hongshan#jkj")]
    [TestCase("hongshan?jkj")]
    [TestCase("hongshan..jkj")]
    [TestCase(".hongshan")]
    [TestCase("hongshan.jkj")]
    [TestCase("hongshan-jkj-0123456789012345678901234567890123456789012345678901")]
    public void An_unsafe_department_id_reports_FA1019_on_the_folder(string id)
    {
        using var copy = SampleData.Copy(departmentId: id);
        var run = copy.Check();

        Assert.That(run.Expect("FA1019", ".").Message.Zh, Does.Contain(id));
        run.ExpectNewExactly("FA1019 .");
    }

    [TestCase("con")]
    [TestCase("nul")]
    [TestCase("aux")]
    [TestCase("prn")]
    [TestCase("com1")]
    [TestCase("lpt9")]
    public void A_Windows_device_name_as_department_id_reports_FA1019_on_the_folder(string id)
    {
        using var copy = SampleData.Copy(departmentId: id);
        var run = copy.Check();

        Assert.That(run.Expect("FA1019", ".").Message.Zh, Does.Contain(id).And.Contain("Windows 的保留设备名"));
        run.ExpectNewExactly("FA1019 .");
        Assert.That(InputNames.IsSafe(id), Is.False, "nor may it name an output folder or a style");
    }

    [TestCase("hongshan-jkj")]
    [TestCase("0")]
    [TestCase("dept-001-0123456789012345678901234567890123456789012345678901234")] // 64 characters
    public void A_safe_id_is_the_same_as_a_file_name_an_address_and_an_archive_entry(string id)
    {
        Assert.That(InputNames.IsSafe(id), Is.True);
        Assert.That(Uri.EscapeDataString(id), Is.EqualTo(id), "nothing to escape in a URL");
        Assert.That(id.IndexOfAny(Path.GetInvalidFileNameChars()), Is.EqualTo(-1));
        Assert.That(id, Does.Not.StartWith(".").And.Not.Contain(".."), "no hidden file, no step up in a zip entry");
    }

    [TestCase("CON", true)]
    [TestCase("Con.txt", true)]
    [TestCase("nul.tar.gz", true)]
    [TestCase("com1", true)]
    [TestCase("COM¹", true)]
    [TestCase("lpt0", true)]
    [TestCase("aux ", true)]
    [TestCase("console", false)]
    [TestCase("com10", false)]
    [TestCase("lpt", false)]
    [TestCase("hongshan-con", false)]
    public void Windows_device_names_are_known_in_any_case_and_with_any_extension(string name, bool reserved) =>
        Assert.That(DepartmentInfoReader.IsWindowsDeviceName(name), Is.EqualTo(reserved));

    [Test]
    public void A_newline_in_the_folder_name_is_printed_escaped_on_the_one_line_of_its_diagnostic()
    {
        using var copy = SampleData.Copy(departmentId: "hong\nshan");
        var (_, output, _) = FinalAccounts.Publisher.Tests.Cli.Finacc.Run("check", copy.Folder, "--lang", "en");

        var lines = output.Split('\n');
        Assert.That(lines.Where(l => l.Contains("error FA1019")).Single(), Does.Contain("hong\\nshan: error FA1019: Department id (the folder name) 'hong\\nshan'"));
        Assert.That(lines.Where(l => l.StartsWith("shan", StringComparison.Ordinal)), Is.Empty, output);
    }

    [TestCase("tables/3.csv")]
    [TestCase("tables/05 (1).csv")]
    [TestCase("notes.txt")]
    [TestCase("performance/projects/06.indicators.csv")]
    public void A_stray_file_warns_FA1022(string file)
    {
        using var copy = SampleData.Copy();
        copy.WriteText(file, "x\n");
        var run = copy.Check();

        Assert.That(run.Expect("FA1022", file).Message.Zh, Does.Contain(file));
        run.ExpectNewExactly($"FA1022 {file}");
    }

    [TestCase("~$01.csv")]
    [TestCase("tables/.DS_Store")]
    [TestCase("README.md")]
    [TestCase("templates/cover.md")]
    public void Editor_files_and_documentation_are_not_stray(string file)
    {
        using var copy = SampleData.Copy();
        copy.WriteText(file, "x\n");
        copy.Check().ExpectNothingNew();
    }

    [Test]
    public void Missing_reference_lists_report_FA1020_and_no_model()
    {
        using var copy = SampleData.Copy();
        Directory.Delete(Path.Combine(copy.DataRoot, "reference"), recursive: true);
        var run = copy.Check();

        run.Expect("FA1020", "department.yaml:14:7");
        Assert.That(run.Load.Model, Is.Null);
        run.ExpectNewExactly("FA1020 department.yaml:14:7");
    }

    [Test]
    public void An_earlier_years_reference_lists_are_used_when_the_year_has_none()
    {
        using var copy = SampleData.Copy();
        Directory.Move(Path.Combine(copy.DataRoot, "reference", "2024"), Path.Combine(copy.DataRoot, "reference", "2022"));
        copy.Check().ExpectNothingNew();
    }

    [Test]
    public void A_year_folder_expands_to_its_departments_in_id_order()
    {
        using var copy = SampleData.Copy();
        copy.AddDepartment("a-second");
        Directory.CreateDirectory(Path.Combine(copy.YearFolder, "not-a-department"));
        var bag = new Diagnostics.DiagnosticBag();

        var folders = DepartmentDiscovery.Expand([copy.YearFolder], bag);

        Assert.That(folders.Select(Path.GetFileName), Is.EqualTo(new[] { "a-second", "hongshan-jkj" }));
        Assert.That(bag.Items, Is.Empty);
    }
}
