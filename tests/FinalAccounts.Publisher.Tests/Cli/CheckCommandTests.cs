using System.Text.RegularExpressions;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary><c>finacc check</c>: exit codes, the compiler-style text report in Chinese and English, year folders.</summary>
public sealed class CheckCommandTests
{
    [Test]
    public void Checking_the_sample_exits_0_and_says_the_data_can_be_published()
    {
        using var copy = SampleData.Copy();
        var (code, output, error) = Finacc.Run("check", copy.Folder, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
        Assert.That(output, Does.Contain($"{Slash(copy.Folder)}/tables/05.csv:2:4: info FA2900:"));
        Assert.That(output, Does.Contain("0 个错误，0 个警告，4 条提示。数据核对通过"));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void A_broken_copy_exits_1_and_prints_each_error_as_path_line_column_code()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060199", "基本支出", "369.94");
        copy.SetCell("budget-execution.csv", "2060101", "决算数", "12万");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output);
        var folder = Regex.Escape(Slash(copy.Folder));
        Assert.That(output, Does.Match($"(?m)^{folder}/tables/05\\.csv:14:3: error FA2001: .*应为 1,382\\.84，实际 1,381\\.84，相差 -1\\.00。"));
        Assert.That(output, Does.Match($"(?m)^{folder}/budget-execution\\.csv:5:4: error FA1007: “12万”不是有效的数字。"));
        Assert.That(output, Does.Contain("提示："), "each kind of problem comes with what to do");
        Assert.That(Regex.Matches(output, "(?m)^.+:\\d+:\\d+: error FA\\d{4}: ").Count, Is.EqualTo(7), output);
        Assert.That(output, Does.Contain("7 个错误").And.Contain("请按上面的提示改正错误后重新检查"));
    }

    [Test]
    public void Lang_en_prints_messages_hints_and_verdict_in_English()
    {
        using var copy = SampleData.Copy();
        copy.Replace("procurement.yaml", "total: 875.78", "total: 876.78");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        Assert.That(output, Does.Contain("/procurement.yaml:7:8: error FA4002: Procurement total must equal goods + works + services: expected 875.78, found 876.78, difference +1.00."));
        Assert.That(output, Does.Contain("hint: Total = goods + works + services"));
        Assert.That(output, Does.Contain("1 error(s), 0 warning(s), 4 note(s). Fix the errors above"));
        foreach (var chinese in new[] { "应为", "提示：", "个错误", "数据核对" })
            Assert.That(output, Does.Not.Contain(chinese), "no Chinese message text");
    }

    [Test]
    public void A_year_folder_expands_to_its_departments_in_id_order()
    {
        using var copy = SampleData.Copy();
        var second = copy.AddDepartment("a-second");
        File.WriteAllText(Path.Combine(second, "assets.yaml"), File.ReadAllText(Path.Combine(second, "assets.yaml")).Replace("  total: 2", "  total: 3"));
        var (code, output, _) = Finacc.Run("check", copy.YearFolder, "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), "one department has an error");
        var year = Slash(copy.YearFolder);
        var first = output.IndexOf($"{year}/a-second: 1 error(s)", StringComparison.Ordinal);
        var last = output.IndexOf($"{year}/hongshan-jkj: 0 error(s)", StringComparison.Ordinal);
        Assert.That(first, Is.GreaterThanOrEqualTo(0), output);
        Assert.That(last, Is.GreaterThan(first), output);
        Assert.That(output, Does.Contain($"{year}/a-second/assets.yaml:16:10: error FA4003:"));
    }

    [Test]
    public void Several_folders_are_checked_in_one_run()
    {
        using var copy = SampleData.Copy();
        var second = copy.AddDepartment("second");
        var (code, output, _) = Finacc.Run("check", copy.Folder, second, "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(Regex.Matches(output, "0 error\\(s\\), 0 warning\\(s\\), \\d+ note").Count, Is.EqualTo(2), "one verdict per department");
    }

    [TestCase("check", "--bogus")]
    [TestCase("check")]
    [TestCase("check", "{folder}", "--lang", "fr")]
    [TestCase("check", "{folder}", "--report", "xml")]
    [TestCase("check", "{folder}", "--format", "xml")]
    [TestCase("chek", "{folder}")]
    [TestCase]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        using var copy = SampleData.Copy();
        var (code, output, error) = Finacc.Run(args.Select(a => a.Replace("{folder}", copy.Folder)).ToArray());

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), output + error);
        Assert.That(error, Does.Contain("finacc --help"));
    }

    [Test]
    public void A_folder_that_does_not_exist_is_a_usage_error()
    {
        using var copy = SampleData.Copy();
        var missing = Path.Combine(copy.YearFolder, "no-such-dept");
        var (code, output, _) = Finacc.Run("check", missing, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), output);
        Assert.That(output, Does.Contain($"{Slash(missing)}: error FA1001: 找不到文件夹"));
    }

    [Test]
    public void A_department_folder_whose_department_yaml_was_deleted_is_a_data_error_at_that_file()
    {
        using var copy = SampleData.Copy();
        copy.Delete("department.yaml");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output);
        Assert.That(output, Does.Contain($"{Slash(copy.Folder)}/department.yaml: error FA1001: 找不到文件 department.yaml"));
    }

    [Test]
    public void A_folder_without_department_data_is_still_a_usage_error()
    {
        using var copy = SampleData.Copy();
        var empty = Path.Combine(copy.YearFolder, "not-a-department");
        Directory.CreateDirectory(empty);
        var (code, output, _) = Finacc.Run("check", empty, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), output);
        Assert.That(output, Does.Contain("既不是部门文件夹（缺少 department.yaml）"));
    }

    [Test]
    public void Help_describes_the_check_command()
    {
        var (code, output, _) = Finacc.Run("check", "--help");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.Contain("--report").And.Contain("--lang").And.Contain("--quiet").And.Contain("folders"));
        Assert.That(output, Does.Not.Contain("--format "), "the old name of --report works but is not offered next to build's --formats");
    }

    private static string Slash(string path) => path.Replace('\\', '/');
}
