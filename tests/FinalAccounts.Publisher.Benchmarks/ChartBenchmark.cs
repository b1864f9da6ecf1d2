using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// "charts": the sample department's chart SVGs (and, for scale, PNGs), each pass a fresh renderer drawing every figure,
/// with the faces' reduced-cmap twins against the full faces only; A and B alternate (see
/// <see cref="WorkbookBenchmark.Alternate{T}"/>), medians of <c>runs</c> after warm-up.
/// </summary>
internal static class ChartBenchmark
{
    public static void Run(int runs, int warmup, int passes)
    {
        var department = new DepartmentBenchmark();
        department.Setup();
        var figures = department.Compose().Blocks.OfType<Figure>().ToList();
        var fonts = FontCatalog.ForSystem();
        Console.WriteLine($"{figures.Count} figures; {passes} passes (fresh renderer each) per timing");
        foreach (var format in new[] { FigureFormat.Svg, FigureFormat.Png })
        {
            int Draw(bool reduced)
            {
                var bytes = 0;
                for (var p = 0; p < passes; p++)
                {
                    var renderer = new ChartRenderer(fonts, department.Style, new DiagnosticBag(), reduced);
                    foreach (var figure in figures) bytes += renderer.Render(figure, format).Bytes.Length;
                }

                return bytes;
            }

            if (Draw(true) != Draw(false)) throw new InvalidOperationException("the two ways draw different charts");
            var (full, reduced) = WorkbookBenchmark.Alternate(format == FigureFormat.Svg ? runs : Math.Max(3, runs / 3), warmup,
                () => Draw(false), () => Draw(true));
            foreach (var (what, pick) in new (string, Func<(double Wall, double Cpu), double>)[] { ("wall", t => t.Wall), ("CPU ", t => t.Cpu) })
            {
                var (a, b) = (PipelineTimer.Median(full.Select(pick).ToList()), PipelineTimer.Median(reduced.Select(pick).ToList()));
                Console.WriteLine(FormattableString.Invariant(
                    $"{format} {what}: full cmaps median {a / passes:0.00} ms per department (min {full.Min(pick) / passes:0.00}), ") +
                    FormattableString.Invariant($"reduced median {b / passes:0.00} ms (min {reduced.Min(pick) / passes:0.00}); {(b / a - 1) * 100:+0.0;-0.0}%"));
            }
        }
    }
}
