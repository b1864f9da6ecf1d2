using System.Diagnostics;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>One run at a time per output year folder: a second run waits, says so, and fails clearly after its timeout.</summary>
public sealed class OutputLockTests
{
    private SampleCopy copy = null!;

    private string Output => Path.Combine(copy.Root, "output");

    private string YearOutput => Path.Combine(Output, "2024");

    [SetUp]
    public void Copy() => copy = SampleData.Copy();

    [TearDown]
    public void Dispose() => copy.Dispose();

    private (int Code, string Output, string Error) Build(double lockTimeout) =>
        Finacc.Run("build", copy.Folder, "--out", Output, "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md",
            "--no-progress", "--lang", "zh", "--lock-timeout", lockTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void The_lock_of_a_year_folder_is_held_by_one_owner_at_a_time()
    {
        var bag = new DiagnosticBag();
        using (var held = OutputLock.Acquire(YearOutput, TimeSpan.Zero, bag))
        {
            Assert.That(held, Is.Not.Null);
            Assert.That(OutputLock.Acquire(YearOutput, TimeSpan.FromMilliseconds(200), bag), Is.Null);
            Assert.That(bag.Items.Single().Code, Is.EqualTo(PublishCodes.OutputInUse));
        }

        using var again = OutputLock.Acquire(YearOutput, TimeSpan.Zero, new DiagnosticBag());
        Assert.That(again, Is.Not.Null, "released when disposed");
    }

    [Test]
    public void A_build_of_an_output_in_use_fails_clearly_after_its_timeout_and_writes_nothing()
    {
        using var held = OutputLock.Acquire(YearOutput, TimeSpan.Zero, new DiagnosticBag());

        var (code, text, _) = Build(lockTimeout: 0.3);

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), text);
        Assert.That(text, Does.Contain("正被另一个 finacc 进程使用，等待"), "it said it was waiting");
        Assert.That(text, Does.Contain($"{YearOutput.Replace('\\', '/')}/.lock: error FA8007: 输出文件夹"), text);
        Assert.That(Directory.GetFileSystemEntries(YearOutput).Select(Path.GetFileName), Is.EqualTo(new[] { ".lock" }));
    }

    [Test]
    [Category("Slow")]
    public void A_finacc_process_waits_while_another_process_holds_the_output_and_goes_on_when_it_is_released()
    {
        var held = OutputLock.Acquire(YearOutput, TimeSpan.Zero, new DiagnosticBag());
        using var build = FinaccProcess.Start("build", copy.Folder, "--out", Output, "--templates", SampleDisclosure.TemplatesRoot,
            "--formats", "md", "--no-progress");
        var waited = Stopwatch.StartNew();
        while (!build.Output.Contains("正被另一个 finacc 进程使用，等待", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(30))
            Thread.Sleep(50);
        Thread.Sleep(500);

        Assert.That(build.Output, Does.Contain($"输出文件夹 {YearOutput.Replace('\\', '/')} 正被另一个 finacc 进程使用，等待它结束（最多 600 秒）"));
        Assert.That(Directory.GetFileSystemEntries(YearOutput).Select(Path.GetFileName), Is.EqualTo(new[] { ".lock" }), "nothing written meanwhile");
        held!.Dispose();
        Assert.That(build.Wait(), Is.EqualTo(ExitCodes.Success), build.Output);
        PublishedOutput.AssertConsistent(YearOutput);
    }
}
