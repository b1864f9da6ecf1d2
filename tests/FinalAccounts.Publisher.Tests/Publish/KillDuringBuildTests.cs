using System.Diagnostics;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>A finacc process killed at any moment leaves either the previous or the new output, complete, never a mix or a half-written file.</summary>
public sealed class KillDuringBuildTests
{
    [Test]
    public void Killing_a_build_at_any_moment_leaves_a_complete_output()
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-kill-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = Path.Combine(root, "data");
            SampleGenerator.Generate(new SampleOptions(1, 2024, data, Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Seed: 4), new DiagnosticBag());
            var department = Path.Combine(data, "2024", "dept-001");
            var output = Path.Combine(root, "output");
            var target = Path.Combine(output, "2024", "dept-001");
            Assert.That(Run(department, output, killAfter: null), Is.EqualTo(0));
            foreach (var delay in new[] { 150, 400, 700, 1000, 1300, 1700, 2200 })
            {
                File.AppendAllText(Path.Combine(department, "key-work.md"), $"\n第{delay}次补充。\n");
                Run(department, output, killAfter: delay);
                OutputPublisher.Recover(Path.GetDirectoryName(target)!, "dept-001");
                AssertComplete(target, delay);
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertComplete(string target, int delay)
    {
        var manifest = Manifest.Read(Path.Combine(target, Manifest.FileName));
        Assert.That(manifest, Is.Not.Null, $"killed after {delay} ms: no complete output");
        var names = Directory.GetFiles(target).Select(Path.GetFileName).Where(n => n != Manifest.FileName).Order().ToList();
        Assert.That(names, Is.EqualTo(manifest!.Files.Select(f => f.Name).Order()), $"killed after {delay} ms");
        foreach (var f in manifest.Files)
            Assert.That(Fingerprint.Sha256(File.ReadAllBytes(Path.Combine(target, f.Name))), Is.EqualTo(f.Sha256), $"killed after {delay} ms: {f.Name}");
    }

    private static int Run(string department, string output, int? killAfter)
    {
        var cli = typeof(FinalAccounts.Cli.CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "build", department, "--out", output, "--templates", SampleDisclosure.TemplatesRoot, "--no-progress", "--formats", "md,docx,pdf,html" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (killAfter is { } ms && !process.WaitForExit(ms)) process.Kill(entireProcessTree: true);
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return process.ExitCode;
    }
}
