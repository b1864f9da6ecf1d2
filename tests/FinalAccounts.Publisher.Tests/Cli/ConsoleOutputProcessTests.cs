using System.Text;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// The finacc process as a shell sees it (issue 15.1): the bytes of its redirected output in the encoding
/// FINACC_OUTPUT_ENCODING names, and the exit codes %ERRORLEVEL% and $LASTEXITCODE read.
/// </summary>
[Category("Slow")]
public sealed class ConsoleOutputProcessTests
{
    private const string Passed = "数据核对通过";
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    [Test]
    public void Redirected_output_is_UTF8_on_Linux_and_macOS_when_nothing_is_asked()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "on Windows it follows the console's code page");
        using var finacc = FinaccProcess.StartPrintingIn("", Utf8, "check", SampleData.DepartmentFolder);

        Assert.That(finacc.Wait(), Is.EqualTo(ExitCodes.Success), finacc.Output);
        Assert.That(finacc.Output, Does.Contain(Passed));
    }

    [Test]
    public void FINACC_OUTPUT_ENCODING_gbk_prints_what_a_GBK_reader_decodes()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        using var finacc = FinaccProcess.StartPrintingIn("gbk", gbk, "check", SampleData.DepartmentFolder);

        Assert.That(finacc.Wait(), Is.EqualTo(ExitCodes.Success), finacc.Output);
        Assert.That(finacc.Output, Does.Contain(Passed).And.Contain("尾数差"));
    }

    [Test]
    public void An_unknown_FINACC_OUTPUT_ENCODING_is_reported_and_output_stays_readable()
    {
        using var finacc = FinaccProcess.StartPrintingIn("latin-1", Utf8, "check", SampleData.DepartmentFolder);

        Assert.That(finacc.Wait(), Is.EqualTo(ExitCodes.Success), finacc.Output);
        Assert.That(finacc.Output, Does.Contain("FINACC_OUTPUT_ENCODING=latin-1 无法识别").And.Contain(Passed));
    }

    [Test]
    public void The_process_exits_0_clean_1_with_data_errors_2_for_a_missing_folder()
    {
        using var copy = SampleData.Copy();
        copy.Delete("tables/03.csv");
        using var clean = FinaccProcess.Start("check", SampleData.DepartmentFolder);
        using var broken = FinaccProcess.Start("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot);
        using var missing = FinaccProcess.Start("check", Path.Combine(copy.Root, "没有这个文件夹"));

        Assert.That(clean.Wait(), Is.EqualTo(0), clean.Output);
        Assert.That(broken.Wait(), Is.EqualTo(1), broken.Output);
        Assert.That(missing.Wait(), Is.EqualTo(2), missing.Output);
    }
}
