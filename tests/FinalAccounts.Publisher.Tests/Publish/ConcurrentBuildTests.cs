using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>Two finacc processes building the same output at once take turns: the output always matches its manifests and index.</summary>
[Category("Slow")]
public sealed class ConcurrentBuildTests
{
    private string root = "";

    [SetUp]
    public void Generate()
    {
        root = Path.Combine(Path.GetTempPath(), "finacc-concurrent-" + Guid.NewGuid().ToString("N"));
        var reference = Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference");
        SampleGenerator.Generate(new SampleOptions(5, 2024, Path.Combine(root, "data"), reference, Seed: 7), new DiagnosticBag());
    }

    [TearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Test]
    public void Two_forced_builds_of_the_same_output_at_once_never_interleave()
    {
        var year = Path.Combine(root, "output", "2024");
        string[] build = ["build", Path.Combine(root, "data", "2024"), "--out", Path.Combine(root, "output"), "--force",
            "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md", "--no-progress"];
        for (var round = 1; round <= 3; round++)
        {
            using var first = FinaccProcess.Start(build);
            using var second = FinaccProcess.Start(build);
            var runs = new[] { (Code: first.Wait(), first.Output), (Code: second.Wait(), second.Output) };

            foreach (var (code, output) in runs)
                Assert.That(code == 0 || (code == 1 && output.Contains("FA8007", StringComparison.Ordinal)), $"round {round}: exit {code}\n{output}");
            Assert.That(runs.Any(r => r.Code == 0), $"round {round}: one of the two builds succeeds");
            PublishedOutput.AssertConsistent(year, $"round {round}");
            Assert.That(Directory.GetDirectories(year).Select(Path.GetFileName).Where(n => n != PublishedTexts.FolderName), Has.None.StartsWith("."),
                $"round {round}: no staging left (the texts kept for review aside)");
        }
    }
}
