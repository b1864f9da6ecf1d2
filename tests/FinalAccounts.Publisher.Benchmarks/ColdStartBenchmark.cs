using System.Diagnostics;
using System.Globalization;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// What a clerk waits for: `finacc check` and `finacc build` (every format) of the sample department, each a new process
/// of the published program, run from its own folder as a clerk runs it. Several programs (A/B) are run interleaved,
/// check and build in turn, after one unmeasured run each (file cache); medians of the runs and the machine's load
/// before and after, since the figures on a shared machine are only as good as its quiet. On Linux each run's CPU time
/// (user + system of the child, steadier than the wall time when other processes share the cores) is given too.
/// </summary>
internal static class ColdStartBenchmark
{
    /// <summary>The single-file program that build.ps1 -Publish writes for this machine.</summary>
    public static string DefaultProgram => Path.Combine(Paths.Root, "output", "publish", "finacc-linux-x64", "finacc");

    public static void Run(IReadOnlyList<string> programs, int runs)
    {
        foreach (var program in programs.Where(p => !File.Exists(p)))
            throw new FileNotFoundException($"{program} not found: run `dotnet pwsh build.ps1 -Publish -Runtimes linux-x64` first.");
        var work = Path.Combine(Path.GetTempPath(), "finacc-cold");
        var department = Path.Combine("data", "2024", "hongshan-jkj");
        string[] check = ["check", department], build = ["build", department, "--out", Path.Combine(work, "out"), "--force", "--no-progress"];
        var times = programs.ToDictionary(p => p, _ => (Check: new List<Timing>(), Build: new List<Timing>()));
        var before = Load();
        foreach (var program in programs)
        {
            Exec(program, check);
            Exec(program, build);
        }

        for (var i = 0; i < runs; i++)
        {
            foreach (var program in programs) times[program].Check.Add(Exec(program, check));
            foreach (var program in programs) times[program].Build.Add(Exec(program, build));
        }

        foreach (var (program, (checks, builds)) in times)
        {
            Console.WriteLine($"{program}");
            Console.WriteLine($"  finacc check (cold process): median of {runs} = {Summary(checks)}");
            Console.WriteLine($"  finacc build, all formats (cold process): median of {runs} = {Summary(builds)}");
        }

        Console.WriteLine($"load average (1, 5, 15 min) before: {before}; after: {Load()}; cores: {Environment.ProcessorCount}");
        Directory.Delete(work, recursive: true);
    }

    private static string List(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)));

    private static string Summary(List<Timing> runs)
    {
        var wall = runs.Select(r => r.WallMs).ToList();
        var text = $"{PipelineTimer.Median(wall):0} ms  [{List(wall)}]";
        if (runs.Any(r => r.CpuMs is null)) return text;
        var cpu = runs.Select(r => r.CpuMs!.Value).ToList();
        return text + $"; CPU (user + sys) {PipelineTimer.Median(cpu):0} ms  [{List(cpu)}]";
    }

    /// <summary>One run: wall time, and CPU time when the system tells it (Linux), in milliseconds.</summary>
    private readonly record struct Timing(double WallMs, double? CpuMs);

    /// <summary>
    /// User + system time of this process's waited-for children so far (cutime + cstime of /proc/self/stat, in clock
    /// ticks of 10 ms), or null where there is no /proc.
    /// </summary>
    private static double? ChildrenCpuMs()
    {
        if (!File.Exists("/proc/self/stat")) return null;
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 16 and 17 of the line (cutime, cstime) are the 14th and 15th after the command name's closing ')'.
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Runs the program from its own folder (where a clerk runs it) and returns its wall and CPU time.</summary>
    private static Timing Exec(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(program))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        var cpu = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {p.ExitCode}: {error.Result}");
        return new Timing(elapsed, ChildrenCpuMs() - cpu);
    }
}
