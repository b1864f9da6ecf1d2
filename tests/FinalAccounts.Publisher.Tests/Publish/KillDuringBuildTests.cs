using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// A finacc process killed at any moment, while a second one builds the same output, never leaves a mix or a half-written
/// file: the second process finishes, and the next run publishes the current data with manifests and index exact.
/// </summary>
[Category("Slow")]
public sealed class KillDuringBuildTests
{
    [Test]
    public void Killing_one_of_two_builds_at_any_moment_leaves_a_complete_output()
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-kill-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = Path.Combine(root, "data");
            SampleGenerator.Generate(new SampleOptions(1, 2024, data, Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Seed: 4), new DiagnosticBag());
            var department = Path.Combine(data, "2024", "dept-001");
            var output = Path.Combine(root, "output");
            var year = Path.Combine(output, "2024");
            string[] build = ["build", department, "--out", output, "--templates", SampleDisclosure.TemplatesRoot, "--no-progress", "--formats", "md,docx,pdf,html"];
            Assert.That(Finacc.Run(build).Code, Is.EqualTo(ExitCodes.Success));
            foreach (var delay in new[] { 300, 1000, 1800 })
            {
                File.AppendAllText(Path.Combine(department, "key-work.md"), $"\n第{delay}次补充。\n");
                using var killed = FinaccProcess.Start(build);
                using var other = FinaccProcess.Start([.. build, "--force"]);
                killed.KillAfter(delay);
                Assert.That(other.Wait(), Is.EqualTo(ExitCodes.Success), $"killed after {delay} ms: the other build\n{other.Output}");

                var next = Finacc.Run(build);
                Assert.That(next.Code, Is.EqualTo(ExitCodes.Success), $"killed after {delay} ms: the next run\n{next.Output}");
                PublishedOutput.AssertConsistent(year, $"killed after {delay} ms");
                var manifest = Manifest.Read(Path.Combine(year, "dept-001", Manifest.FileName))!;
                var keyWork = Fingerprint.Sha256(File.ReadAllBytes(Path.Combine(department, "key-work.md")));
                Assert.That(manifest.Inputs["data"]["key-work.md"], Is.EqualTo(keyWork), $"killed after {delay} ms: current data published");
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
