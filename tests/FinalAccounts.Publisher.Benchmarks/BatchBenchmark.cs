using System.Diagnostics;
using System.Globalization;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// The README's batch: N generated departments built by one `finacc build` process into a new folder (every format),
/// then that year bundled for the portal by `finacc bundle`, each run under /usr/bin/time -v for the wall time, the
/// CPU time (user + system) and the peak RSS. Medians of the runs, the bundle's wall time as a share of the build's,
/// and the load average before and after: on a shared machine the CPU time is the steadier figure.
/// </summary>
internal static class BatchBenchmark
{
    public static void Run(int departments, int runs)
    {
        var cli = Path.Combine(Paths.Root, "src", "FinalAccounts.Cli", "bin", "Release", "net10.0", "finacc.dll");
        if (!File.Exists(cli)) throw new FileNotFoundException($"{cli} not found: run `dotnet build -c Release` first.");
        var work = Path.Combine(Path.GetTempPath(), "finacc-bench-batch");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var data = Path.Combine(work, "data");
        Timed(cli, "sample", "--departments", departments.ToString(CultureInfo.InvariantCulture), "--out", data);
        var before = Load();
        var builds = new List<Times>();
        var bundles = new List<Times>();
        for (var i = 0; i < runs; i++)
        {
            var output = Path.Combine(work, $"out{i}");
            var build = Timed(cli, "build", Path.Combine(data, "2024"), "--out", output, "--no-progress", "--templates", Paths.Templates);
            var bundle = Timed(cli, "bundle", Path.Combine(output, "2024"), "--out", Path.Combine(work, $"portal{i}.zip"));
            Console.WriteLine($"run {i + 1}: build {build}; bundle {bundle} = {100 * bundle.Wall / build.Wall:0.0} % of the build's wall time; load {Load()}");
            builds.Add(build);
            bundles.Add(bundle);
            Directory.Delete(output, recursive: true);
        }

        Console.WriteLine($"{departments} departments, median of {runs}: build {Times.Median(builds)}; bundle {Times.Median(bundles)}"
            + $" = {100 * PipelineTimer.Median(bundles.Select(b => b.Wall).ToList()) / PipelineTimer.Median(builds.Select(b => b.Wall).ToList()):0.0} %"
            + " of the build's wall time");
        Console.WriteLine($"load average (1, 5, 15 min) before: {before}; after: {Load()}; cores: {Environment.ProcessorCount}");
        Directory.Delete(work, recursive: true);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Runs finacc under GNU time (a failure or a missing /usr/bin/time stops the benchmark).</summary>
    private static Times Timed(string cli, params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-f", "time: %e %U %S %M", "dotnet", cli, .. args]) start.ArgumentList.Add(a);
        using var p = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/time did not start (apt-get install time)");
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"finacc {args[0]} exited with {p.ExitCode}: {output.Result}{error}");
        var f = error.Split('\n').Last(l => l.StartsWith("time: ", StringComparison.Ordinal))[6..].Split(' ')
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new Times(f[0], f[1] + f[2], f[3] / 1024);
    }

    private sealed record Times(double Wall, double Cpu, double PeakMb)
    {
        public static Times Median(List<Times> all) => new(PipelineTimer.Median(all.Select(t => t.Wall).ToList()),
            PipelineTimer.Median(all.Select(t => t.Cpu).ToList()), PipelineTimer.Median(all.Select(t => t.PeakMb).ToList()));

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"wall {Wall:0.00} s, CPU {Cpu:0.00} s, peak RSS {PeakMb:0} MB");
    }
}
