using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// The command line as a clerk meets it: parser messages in the run's language, --report (and its old name), -q,
/// and usage errors (exit 2) for what was asked wrongly — a style, a format or a folder that does not exist.
/// </summary>
public sealed class CommandLineTests
{
    [Test]
    public void Parser_errors_are_in_Chinese_by_default()
    {
        var (code, _, error) = Finacc.Run("chek", "data/2024");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("未识别命令或参数").And.Contain("chek").And.Contain("命令行参数有误，用 finacc --help 查看用法"));
        Assert.That(error, Does.Not.Contain("Unrecognized"));
    }

    [Test]
    public void Parser_errors_are_in_English_with_lang_en()
    {
        var (code, _, error) = Finacc.Run("check", "data/2024", "--lang", "en", "--report", "xml");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("Argument 'xml' not recognized").And.Contain("Invalid arguments; see finacc --help."));
        Assert.That(error, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"), error);
    }

    [Test]
    public void Parser_errors_follow_FINACC_LANG_when_lang_is_not_given()
    {
        var before = Environment.GetEnvironmentVariable("FINACC_LANG");
        try
        {
            Environment.SetEnvironmentVariable("FINACC_LANG", "en");
            var (_, _, english) = Finacc.Run("check", "--bogus");
            var (_, _, chinese) = Finacc.Run("check", "--bogus", "--lang", "zh");

            Assert.That(english, Does.Contain("Unknown option --bogus"));
            Assert.That(chinese, Does.Contain("未知的选项 --bogus"), "--lang wins over the environment");
        }
        finally
        {
            Environment.SetEnvironmentVariable("FINACC_LANG", before);
        }
    }

    [Test]
    public void Help_headings_are_in_the_run_language()
    {
        Assert.That(Finacc.Run("check", "--help").Output, Does.Contain("用法:").And.Contain("选项:"));
        Assert.That(Finacc.Run("check", "--help", "--lang", "en").Output, Does.Contain("Usage:").And.Contain("Options:"));
    }

    [TestCase("--report")]
    [TestCase("--format")]
    public void Report_json_prints_json_under_its_new_and_its_old_name(string option)
    {
        using var copy = SampleData.Copy();
        var (code, output, _) = Finacc.Run("check", copy.Folder, option, "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output.TrimStart(), Does.StartWith("{"));
        Assert.That(output, Does.Contain("\"departments\""));
    }

    [Test]
    public void Quiet_hides_the_info_lines_and_keeps_the_verdict_and_its_counts()
    {
        using var copy = SampleData.Copy();
        var (loud, quiet) = (Finacc.Run("check", copy.Folder).Output, Finacc.Run("check", copy.Folder, "-q").Output);

        Assert.That(loud, Does.Contain("info FA2900"));
        Assert.That(quiet, Does.Not.Contain("info FA2900").And.Not.Contain("尾数误差"));
        Assert.That(quiet, Does.Contain("0 个错误，0 个警告，4 条提示。数据核对通过"));
    }

    [Test]
    public void Quiet_build_hides_the_year_s_info_lines_too()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "output");
        string Build(params string[] extra) => Finacc.Run(["build", copy.Folder, "--out", output, "--templates",
            SampleDisclosure.TemplatesRoot, "--formats", "md", "--no-progress", "--force", .. extra]).Output;

        Assert.That(Build(), Does.Contain("info FA8015"), "the year's note on the missing base URL, without -q");
        Assert.That(Build("-q"), Does.Not.Contain("info FA").And.Contain("生成 1 个"));
    }

    [Test]
    public void Quiet_keeps_errors_and_warnings()
    {
        using var copy = SampleData.Copy();
        copy.Replace("procurement.yaml", "total: 875.78", "total: 876.78");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--quiet");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        Assert.That(output, Does.Contain("error FA4002").And.Not.Contain("info FA2900"));
    }

    [Test]
    public void A_wrong_style_exits_2_naming_the_styles_there_are_and_writes_nothing()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "output");
        var (code, text, _) = Finacc.Run("build", copy.Folder, "--out", output, "--templates", SampleDisclosure.TemplatesRoot,
            "--style", "provinse-2dp", "--no-progress");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(text, Does.Contain("error FA5007: 找不到样式“provinse-2dp”（可用的样式：default、guangdong、province-2dp、sichuan、yuan）"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [TestCase("check")]
    [TestCase("build")]
    public void A_folder_that_does_not_exist_exits_2_from_check_and_build(string command)
    {
        using var copy = SampleData.Copy();
        var missing = Path.Combine(copy.YearFolder, "no-such-dept");
        var output = Path.Combine(copy.Root, "output");
        string[] extra = command == "build" ? ["--out", output, "--no-progress"] : [];
        var (code, text, _) = Finacc.Run([command, missing, .. extra]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(text, Does.Contain("error FA1001: 找不到文件夹"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Build_of_a_missing_folder_beside_a_good_one_builds_nothing()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "output");
        var (code, text, _) = Finacc.Run("build", copy.Folder, Path.Combine(copy.YearFolder, "typo"), "--out", output,
            "--templates", SampleDisclosure.TemplatesRoot, "--no-progress");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(Directory.Exists(output), Is.False, "a usage error stops the run before anything is written");
    }

    [Test]
    public void An_unknown_format_exits_2_naming_the_formats()
    {
        using var copy = SampleData.Copy();
        var (code, text, _) = Finacc.Run("build", copy.Folder, "--out", Path.Combine(copy.Root, "output"), "--formats", "pdf,PPT",
            "--templates", SampleDisclosure.TemplatesRoot, "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(text, Does.Contain("error FA8002: Unknown output format 'ppt'.").And.Contain("Formats: pdf, docx, html, md."));
    }
}
