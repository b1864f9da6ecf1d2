using System.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>Times a whole department build in process (check, compose, every format, publish), stage by stage.</summary>
internal sealed class PipelineTimer : IProgress<BuildProgress>
{
    private readonly Stopwatch clock = new();
    private string? stage;

    public Dictionary<string, List<double>> Stages { get; } = [];

    public void Report(BuildProgress value)
    {
        Stop();
        stage = value.Stage;
        clock.Restart();
    }

    public void Stop()
    {
        if (stage is null) return;
        if (!Stages.TryGetValue(stage, out var list)) Stages[stage] = list = [];
        list.Add(clock.Elapsed.TotalMilliseconds);
        stage = null;
    }

    /// <summary>Builds <paramref name="folder"/> <paramref name="runs"/> times (forced) and prints the median of each stage and of the whole.</summary>
    public static void Run(string folder, string output, string templates, int runs, bool parallel)
    {
        var builder = new DisclosureBuilder(new BuildOptions(output, BuildOptions.AllFormats, templates, ParallelWriters: parallel));
        Console.WriteLine(parallel ? "formats written in parallel (stage times overlap):" : "formats written one after another:");
        var cold = Stopwatch.StartNew();
        builder.Build(builder.Check(folder), force: true, progress: null);
        Console.WriteLine($"first build in this process (cold caches: fonts, styles, JIT): {cold.Elapsed.TotalMilliseconds:0} ms");
        var timer = new PipelineTimer();
        var totals = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            timer.Report(new BuildProgress(folder, "check"));
            var load = builder.Check(folder);
            builder.Build(load, force: true, progress: timer);
            timer.Stop();
            totals.Add(clock.Elapsed.TotalMilliseconds);
        }

        foreach (var (name, times) in timer.Stages) Console.WriteLine($"  {name,-8} median {Median(times),7:0.0} ms");
        Console.WriteLine($"whole department, all formats, warm: median of {runs} = {Median(totals):0.0} ms (min {totals.Min():0.0})");
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
