using System.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>Times a whole department build in process (check, compose, every format, publish), stage by stage.</summary>
internal sealed class PipelineTimer : IProgress<BuildProgress>
{
    private readonly Stopwatch clock = new();
    private string? stage;

    public Dictionary<string, List<double>> Stages { get; } = [];

    public Dictionary<string, long> Allocated { get; } = [];

    private long allocatedAtStart;

    public void Report(BuildProgress value)
    {
        Stop();
        stage = value.Stage;
        allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
    }

    public void Stop()
    {
        if (stage is null) return;
        if (!Stages.TryGetValue(stage, out var list)) Stages[stage] = list = [];
        list.Add(clock.Elapsed.TotalMilliseconds);
        Allocated[stage] = Allocated.GetValueOrDefault(stage) + GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart;
        stage = null;
    }

    /// <summary>Builds <paramref name="folder"/> <paramref name="runs"/> times (forced) and prints the median of each stage and of the whole.</summary>
    public static void Run(string folder, string output, string templates, int runs, bool parallel, int warmup)
    {
        var builder = new DisclosureBuilder(new BuildOptions(output, BuildOptions.AllFormats, templates, ParallelWriters: parallel));
        Console.WriteLine(parallel ? "formats written in parallel (stage times overlap):" : "formats written one after another:");
        var cold = Stopwatch.StartNew();
        builder.Build(builder.Check(folder), force: true, progress: null);
        Console.WriteLine($"first build in this process (cold caches: fonts, styles, JIT): {cold.Elapsed.TotalMilliseconds:0} ms");

        // Warm-up as in a long batch: tiered JIT promotes a method to optimised code after 30 calls, and many run once per build.
        for (var i = 0; i < warmup; i++) builder.Build(builder.Check(folder), force: true, progress: null);
        var timer = new PipelineTimer();
        var totals = new List<double>();
        var (gen0, gen1, gen2, pause, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            timer.Report(new BuildProgress(folder, "check"));
            var load = builder.Check(folder);
            builder.Build(load, force: true, progress: timer);
            timer.Stop();
            totals.Add(clock.Elapsed.TotalMilliseconds);
        }

        // Stage times (and, when one thread does everything, what each stage allocates).
        foreach (var (name, times) in timer.Stages)
        {
            var perStage = parallel ? "" : FormattableString.Invariant($", {timer.Allocated[name] / times.Count / 1e6,5:0.0} MB allocated");
            Console.WriteLine(FormattableString.Invariant($"  {name,-8} median {Median(times),7:0.0} ms{perStage}"));
        }
        Console.WriteLine(FormattableString.Invariant($"per build: {(GC.GetTotalAllocatedBytes() - allocated) / runs / 1e6:0} MB allocated, GCs gen0 {(GC.CollectionCount(0) - gen0) / (double)runs:0.0}, ") +
            FormattableString.Invariant($"gen1 {(GC.CollectionCount(1) - gen1) / (double)runs:0.0}, gen2 {(GC.CollectionCount(2) - gen2) / (double)runs:0.0}, pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / runs:0.0} ms"));
        // One build's timeline: when each stage started, from the start of the build.
        var timeline = new Timeline();
        var whole = Stopwatch.StartNew();
        timeline.Start(whole);
        builder.Build(builder.Check(folder), force: true, progress: timeline);
        Console.WriteLine("one build's timeline (ms from start: stage on thread): " + string.Join(", ", timeline.Events) + $", done {whole.Elapsed.TotalMilliseconds:0}");
        var sorted = totals.Order().ToList();
        Console.WriteLine($"whole department, all formats, warm (after {warmup} warm-up builds): median of {runs} = {Median(totals):0.0} ms " +
            $"(min {sorted[0]:0.0}, quartiles {sorted[runs / 4]:0.0}–{sorted[runs * 3 / 4]:0.0})");
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed class Timeline : IProgress<BuildProgress>
    {
        private Stopwatch clock = new();

        public System.Collections.Concurrent.ConcurrentQueue<string> Events { get; } = new();

        public void Start(Stopwatch running) => clock = running;

        public void Report(BuildProgress value) => Events.Enqueue($"{clock.Elapsed.TotalMilliseconds:0} {value.Stage}@{Environment.CurrentManagedThreadId}");
    }
}
