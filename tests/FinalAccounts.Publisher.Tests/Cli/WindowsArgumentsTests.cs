using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// Folder arguments as cmd.exe and Windows PowerShell 5.1 pass them (issue 15.1): <c>"D:\x\"</c> arrives as
/// <c>D:\x"</c>, and with more arguments after it they all arrive as one.
/// </summary>
public sealed class WindowsArgumentsTests
{
    [TestCase(@"D:\finacc\data\2024""", @"D:\finacc\data\2024")]
    [TestCase(@"data\2024""", @"data\2024")]
    [TestCase(@"D:\决算 数据\2024""", @"D:\决算 数据\2024")]
    [TestCase(@"D:\finacc\data\2024\", @"D:\finacc\data\2024\")]
    [TestCase(@"data/2024", @"data/2024")]
    [TestCase(@"""", @"""")]
    [TestCase(@"a""b""", @"a""b""")]
    public void A_final_stray_quote_is_dropped_on_Windows(string argument, string meant) =>
        Assert.That(WindowsArguments.Repair(argument, windows: true), Is.EqualTo(meant));

    [Test]
    public void A_final_quote_is_kept_elsewhere_where_it_may_be_part_of_a_name() =>
        Assert.That(WindowsArguments.Repair(@"data/2024""", windows: false), Is.EqualTo(@"data/2024"""));

    [Test]
    public void Arguments_run_together_by_a_stray_quote_are_recognised_on_Windows_only()
    {
        Assert.That(WindowsArguments.RunTogether(@"D:\决算 数据"" --out output", windows: true), Is.True);
        Assert.That(WindowsArguments.RunTogether(@"D:\决算 数据"" --out output", windows: false), Is.False);
        Assert.That(WindowsArguments.RunTogether(@"D:\决算 数据""", windows: true), Is.False);
    }

    [Test]
    public void Check_of_a_folder_typed_with_a_trailing_backslash_in_quotes_works_on_Windows()
    {
        var (code, output, error) = Run(windows: true, "check", SampleData.DepartmentFolder + "\"", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
        Assert.That(output, Does.Contain("数据核对通过").And.Not.Contain("\""));
    }

    [Test]
    public void Arguments_run_together_by_a_stray_quote_are_a_usage_error_saying_how_to_type_the_path()
    {
        var (code, output, error) = Run(windows: true, "check", @"D:\决算 数据\2024"" --out output");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain(@"去掉路径末尾的 \").And.Contain(@"""D:\决算 数据\2024"""), error);
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void The_explanation_is_in_English_with_lang_en()
    {
        var (_, _, error) = Run(windows: true, "check", @"D:\x\"" --lang en", "--lang", "en");

        Assert.That(error, Does.Contain(@"Leave out the final \: ""D:\x""."), error);
    }

    [Test]
    public void A_data_folder_under_a_path_with_spaces_and_Chinese_is_checked()
    {
        using var copy = SampleData.Copy();
        var data = Path.Combine(copy.Root, "财务 科", "决算 data");
        SampleData.CopyDirectory(copy.DataRoot, data);
        var department = Path.Combine(data, SampleData.Year, SampleData.DepartmentId);

        var (code, output, error) =
            Run(windows: false, "check", department, "--templates", SampleDisclosure.TemplatesRoot, "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
        Assert.That(output, Does.Contain("数据核对通过"));
    }

    private static (int Code, string Output, string Error) Run(bool windows, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, windows, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
