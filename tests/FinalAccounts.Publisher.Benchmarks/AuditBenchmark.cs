using System.Diagnostics;
using FinalAccounts.Publisher.Audit;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// <c>audit FILE [copies=N]</c>: one document audited warm (median of 15 after 10 warm-up runs), then a batch of N copies
/// of it audited in parallel: wall time, CPU time and the cores that CPU time kept busy (CPU ÷ wall).
/// </summary>
internal static class AuditBenchmark
{
    public static void Run(string file, int copies)
    {
        var options = new AuditOptions(Path.Combine(Paths.Root, "data", "reference"), Paths.Templates);
        for (var i = 0; i < 10; i++) DocumentAudit.Run(file, options);
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var clock = Stopwatch.StartNew();
            DocumentAudit.Run(file, options);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{Path.GetFileName(file)}: warm median of 15: {times[7]:0.0} ms (min {times[0]:0.0}, max {times[^1]:0.0})");
        var folder = Path.Combine(Path.GetTempPath(), "finacc-bench-audit");
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < copies; i++) File.Copy(file, Path.Combine(folder, $"{i:000}{Path.GetExtension(file)}"));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var results = AuditBatch.Run(folder, options);
        wall.Stop();
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"batch of {results.Count}: wall {wall.Elapsed.TotalMilliseconds:0} ms, CPU {used:0} ms, " +
                          $"busy cores {used / wall.Elapsed.TotalMilliseconds:0.00} of {Environment.ProcessorCount}");
        Directory.Delete(folder, true);
    }
}
