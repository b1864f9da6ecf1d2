using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary><c>finacc fill</c>: the changes as place, row · column: old → new, in Chinese or English; --write; exit codes.</summary>
public sealed class FillCommandTests
{
    [Test]
    public void Fill_lists_each_change_in_Chinese_and_writes_nothing_without_write()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/09.csv", "预算数", "公务接待费", "1.2");
        var before = copy.ReadBytes("tables/09.csv");

        var (code, output, error) = Finacc.Run("fill", copy.Folder);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
        var folder = copy.Folder.Replace('\\', '/');
        Assert.That(output, Does.Contain($"{folder}/tables/09.csv:2:2  预算数 · 合计：8.8 → 10"));
        Assert.That(output, Does.Contain("以上 1 处、1 个文件尚未写入：确认后加 --write 再运行一次。"));
        Assert.That(copy.ReadBytes("tables/09.csv"), Is.EqualTo(before));
    }

    [Test]
    public void Fill_with_write_in_English_writes_and_says_so()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("budget-execution.csv", "2010350", "决算数", "");

        var (code, output, _) = Finacc.Run("fill", copy.Folder, "--write", "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("budget-execution.csv:2:4  2010350 事业运行 · 决算数: (empty) → 190.01"));
        Assert.That(output, Does.Contain("Wrote 1 file(s) (1 change(s))."));
        Assert.That(copy.ReadText("budget-execution.csv"), Does.Contain("2010350,事业运行,307.48,190.01,"));
        Assert.That(Finacc.Run("fill", copy.Folder, "--lang", "en").Output, Does.Contain("Nothing to fill: no file changed."));
    }

    [Test]
    public void Fill_says_which_errors_are_left_to_the_clerk()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "2010350", "基本支出", "200.01");

        var (code, output, _) = Finacc.Run("fill", copy.Folder, "--write");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Match("填写后核对仍有 \\d+ 个错误，是输入数之间的差异，fill 不替您决定"));
    }

    [Test]
    public void Fill_of_a_missing_folder_is_a_usage_error_and_of_unreadable_data_an_error()
    {
        Assert.That(Finacc.Run("fill", Path.Combine(Path.GetTempPath(), "no-such-department")).Code, Is.EqualTo(ExitCodes.Usage));
        using var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "2010350", "基本支出", "12x");

        var (code, output, _) = Finacc.Run("fill", copy.Folder);

        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        Assert.That(output, Does.Contain("error FA7001"));
    }
}
