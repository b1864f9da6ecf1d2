using System.Diagnostics;
using BenchmarkDotNet.Running;
using FinalAccounts.Publisher.Benchmarks;

// "quick": a timed run without BenchmarkDotNet (cold first write, then the median of 15 warm writes).
if (args is ["quick", ..])
{
    var clock = Stopwatch.StartNew();
    var bench = new PdfWriterBenchmark { Copies = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4 };
    bench.Setup();
    Console.WriteLine($"cold (catalog scan + first write): {clock.Elapsed.TotalMilliseconds:0} ms");
    var times = new List<double>();
    long size = 0;
    for (var i = 0; i < 15; i++)
    {
        clock.Restart();
        size = bench.Write();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"warm median of 15: {times[7]:0.0} ms (min {times[0]:0.0}, max {times[^1]:0.0}); {size} bytes, copies {bench.Copies}");
    return 0;
}

// "workbook [runs=N]": the nine tables and the whole build read from tables.xlsx against CSV, A/B alternating, medians.
if (args is ["workbook", ..])
{
    FinalAccounts.Publisher.Benchmarks.WorkbookBenchmark.Run(
        args.FirstOrDefault(a => a.StartsWith("runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture) : 21,
        warmup: 40);
    return 0;
}

// "fuzz N [seed=S] [from=I]": N seeded hostile mutations (the test suite's FuzzTests at length); exit 1 on any failure.
if (args is ["fuzz", var cases, ..])
{
    int Arg(string name, int otherwise) => args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal)) is { } v
        ? int.Parse(v[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture) : otherwise;
    var report = new FinalAccounts.Publisher.Tests.Fuzz.FuzzRunner(Paths.Root, Arg("seed", 11))
        .Run(int.Parse(cases, System.Globalization.CultureInfo.InvariantCulture), Arg("from", 0), r => Console.WriteLine(r), Console.WriteLine);
    Console.WriteLine(report);
    return report.Failures.Count == 0 ? 0 : 1;
}

// "audit FILE [copies=N]": one document audited warm (median of 15), then N copies audited as a batch (wall, CPU, busy cores).
if (args is ["audit", var document, ..])
{
    FinalAccounts.Publisher.Benchmarks.AuditBenchmark.Run(document,
        args.FirstOrDefault(a => a.StartsWith("copies=", StringComparison.Ordinal)) is { } c ? int.Parse(c[7..], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return 0;
}

// "preview [runs=N]": finacc preview's edit to reload, warm (20 warm-up edits), median of N (15).
if (args is ["preview", ..])
{
    await FinalAccounts.Publisher.Benchmarks.PreviewBenchmark.Run(
        args.FirstOrDefault(a => a.StartsWith("runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture) : 15,
        warmup: 20);
    return 0;
}

// "charts [runs=N] [passes=N]": the sample's chart SVGs and PNGs with and without the reduced-cmap faces, alternating,
// median of N runs (15) of N passes (10) after 5 warm-up runs.
if (args is ["charts", ..])
{
    int Arg(string name, int otherwise) => args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal)) is { } v
        ? int.Parse(v[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture) : otherwise;
    FinalAccounts.Publisher.Benchmarks.ChartBenchmark.Run(Arg("runs", 15), warmup: 5, Arg("passes", 10));
    return 0;
}

// "chain": finacc (cold process) against pandoc + LibreOffice on the same Markdown.
if (args is ["chain", ..])
{
    FinalAccounts.Publisher.Benchmarks.ChainBenchmark.Run(5);
    return 0;
}

// "cold [PROGRAM…] [runs=N]": check and build of the sample by the published single-file program, cold processes,
// median of 5 (programs given are compared A/B, interleaved; default: output/publish/finacc-linux-x64/finacc).
if (args is ["cold", ..])
{
    var programs = args.Skip(1).Where(a => !a.StartsWith("runs=", StringComparison.Ordinal)).ToList();
    FinalAccounts.Publisher.Benchmarks.ColdStartBenchmark.Run(programs.Count > 0 ? programs : [FinalAccounts.Publisher.Benchmarks.ColdStartBenchmark.DefaultProgram],
        args.FirstOrDefault(a => a.StartsWith("runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

// "batch [departments=N] [runs=N]": N generated departments (200) built by one finacc process, then bundled; wall, CPU
// and peak RSS of each under /usr/bin/time, median of the runs (3); needs `dotnet build -c Release` first.
if (args is ["batch", ..])
{
    int Arg(string name, int otherwise) => args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal)) is { } v
        ? int.Parse(v[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture) : otherwise;
    FinalAccounts.Publisher.Benchmarks.BatchBenchmark.Run(Arg("departments", 200), Arg("runs", 3));
    return 0;
}

// "pipeline [sequential] [warmup=N]": the sample department built in process with every format, after N warm-up builds (40), median of 15.
if (args is ["pipeline", ..])
{
    FinalAccounts.Publisher.Benchmarks.PipelineTimer.Run(Paths.SampleDepartment,
        Path.Combine(Path.GetTempPath(), "finacc-bench-pipeline"), Paths.Templates, 15, parallel: !args.Contains("sequential"),
        warmup: args.FirstOrDefault(a => a.StartsWith("warmup=", StringComparison.Ordinal)) is { } w ? int.Parse(w[7..], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return 0;
}

// "pdfloop N": writes the sample department's PDF N times (for a profiler).
if (args is ["pdfloop", var n, ..])
{
    var bench = new DepartmentBenchmark();
    bench.Setup();
    var charts = args.Length > 2 && args[2] == "figures";
    for (var i = 0; i < int.Parse(n, System.Globalization.CultureInfo.InvariantCulture); i++) bench.PdfFresh(charts);
    return 0;
}

// "allocs": what the sample department's PDF (layout shared) allocates, by type.
if (args is ["allocs", ..])
{
    var bench = new DepartmentBenchmark();
    bench.Setup();
    FinalAccounts.Publisher.Benchmarks.AllocationProbe.Run("pdf (layout shared)", () => bench.Pdf(), 10);
    FinalAccounts.Publisher.Benchmarks.AllocationProbe.Run("docx", () => bench.Docx(), 10);
    var builder = new FinalAccounts.Publisher.Publish.DisclosureBuilder(new FinalAccounts.Publisher.Publish.BuildOptions(
        Path.Combine(Path.GetTempPath(), "finacc-bench-allocs"), FinalAccounts.Publisher.Publish.BuildOptions.AllFormats, Paths.Templates));
    FinalAccounts.Publisher.Benchmarks.AllocationProbe.Run("whole build", () => builder.Build(builder.Check(Paths.SampleDepartment), force: true, progress: null), 10);
    return 0;
}

// "probe": where the writing time of the sample department goes.
if (args is ["probe", ..])
{
    var bench = new DepartmentBenchmark();
    bench.Setup();
    FinalAccounts.Publisher.Benchmarks.StageProbe.Run(bench.Compose(), bench.Style);
    return 0;
}

// "department": the sample department, cold first build, then for each stage 30 warm-up runs and the median of 15.
if (args is ["department", ..])
{
    var clock = Stopwatch.StartNew();
    var bench = new DepartmentBenchmark();
    bench.Setup();
    Console.WriteLine($"cold (styles, templates, font scan, first compose and PDF): {clock.Elapsed.TotalMilliseconds:0} ms");
    foreach (var (name, run) in new (string, Func<object>)[] { ("compose", bench.Compose), ("md", () => bench.Markdown()), ("docx", () => bench.Docx()), ("pdf", () => bench.Pdf()), ("all formats", () => bench.AllFormats()) })
    {
        for (var i = 0; i < 30; i++) run(); // warm-up: tiered JIT optimises a method after 30 calls
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            clock.Restart();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name,-12} warm median of 15: {times[7],7:0.0} ms (min {times[0]:0.0}, max {times[^1]:0.0})");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PdfWriterBenchmark).Assembly).Run(args);
return 0;
