using System.Diagnostics;
using FinalAccounts.Cli;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>
/// Seeded hostile-input runs through the finacc command line in-process (<see cref="CliApp.Run"/>): each case copies the
/// sample department and its published output, applies one operator, then runs <c>check</c> and <c>build</c> and
/// judges the outcome (<see cref="FuzzJudge"/>). Case <c>i</c> of seed <c>s</c> is the same mutation on every machine,
/// so a failure names what to replay: <c>fuzz 1 seed=s from=i</c>.
/// </summary>
internal sealed class FuzzRunner(string repository, int seed)
{
    /// <summary>A case that takes longer than this is a hang.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(120);

    private static readonly string[][] FormatSets = [["md"], ["md", "html"], ["html"], ["docx"], ["pdf"], ["md", "docx", "pdf", "html"]];

    public FuzzReport Run(int count, int from = 0, Action<FuzzReport>? progress = null, Action<string>? failed = null)
    {
        var root = Path.Combine(Scratch(), "finacc-fuzz", Guid.NewGuid().ToString("N"));
        var report = new FuzzReport(seed);
        var clock = Stopwatch.StartNew();
        try
        {
            var published = Publish(root);
            for (var i = from; i < from + count && report.Hangs == 0; i++)
            {
                var known = report.Failures.Count;
                RunCase(i, Path.Combine(root, "case"), published, report);
                foreach (var f in report.Failures.Skip(known)) failed?.Invoke(f);
                report.Elapsed = clock.Elapsed;
                if ((i - from + 1) % 100 == 0) progress?.Invoke(report);
            }
        }
        finally
        {
            TryDelete(root);
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>The sample department built once in every format: each case starts from this publication.</summary>
    private string Publish(string root)
    {
        var world = new FuzzCase(Path.Combine(root, "published"), repository, new Random(seed));
        var (code, output, _) = Finacc(["build", world.Folder, "--out", world.Out, "--templates", world.TemplatesRoot, "--no-progress"]);
        if (code != ExitCodes.Success) throw new InvalidOperationException("The sample does not build:\n" + output);
        return world.Out;
    }

    private void RunCase(int index, string root, string published, FuzzReport report)
    {
        var clock = Stopwatch.StartNew();
        TryDelete(root);
        var rng = new Random(unchecked((seed * 1_000_003) + index));
        var world = new FuzzCase(root, repository, rng);
        FuzzCase.Copy(published, world.Out);
        var op = FuzzOperator.All[rng.Next(FuzzOperator.All.Count)];
        string what;
        try
        {
            what = op.Family + ": " + op.Apply(world);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            report.Skipped++;
            return;
        }

        var formats = FormatSets[rng.Next(FormatSets.Length)];
        var force = rng.Next(2) == 0;
        var judge = new FuzzJudge(world, $"seed={seed} case={index} {what}");
        judge.Before();
        report.Setup += clock.Elapsed;
        clock.Restart();
        var check = Timed(["check", world.Folder, "--templates", world.TemplatesRoot], judge); // as build: the same style and fonts
        string[] build = ["build", world.Folder, "--out", world.Out, "--templates", world.TemplatesRoot, "--formats", string.Join(",", formats),
            "--no-progress", "--lock-timeout", "5", .. force ? new[] { "--force" } : []];
        var built = check is null ? null : Timed(build, judge);
        if (check is null || built is null)
        {
            report.Hangs++;
            report.Failures.Add(judge.Context + ": did not finish within " + Hang.TotalSeconds + " s");
            return;
        }

        report.Runs += clock.Elapsed;
        clock.Restart();
        judge.After(check.Value, built.Value, string.Join(",", formats));
        report.Add(judge);
        report.Judging += clock.Elapsed;
    }

    private static (int Code, string Output, string Error)? Timed(string[] args, FuzzJudge judge)
    {
        var run = Task.Run(() =>
        {
            try
            {
                return Finacc(args);
            }
            catch (Exception e)
            {
                return (ExitCodes.InternalError, "", e.ToString());
            }
        });
        return run.Wait(Hang) ? run.Result : null;
    }

    private static (int Code, string Output, string Error) Finacc(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Memory-backed /dev/shm where there is one (each case copies a department and its output), else the temp folder.</summary>
    private static string Scratch() =>
        OperatingSystem.IsLinux() && Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    private static void TryDelete(string folder)
    {
        if (!Directory.Exists(folder)) return;
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open on Windows: the temporary folder is cleaned later.
        }
    }
}
