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
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PdfWriterBenchmark).Assembly).Run(args);
