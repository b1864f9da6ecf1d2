using System.Diagnostics;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>Where a department's writing time goes: charts (PNG, SVG), PDF layout, PDF drawing with and without images.</summary>
internal static class StageProbe
{
    public static void Run(DocumentTree document, DocumentStyle style)
    {
        var fonts = FontCatalog.ForSystem();
        var pdf = new PdfWriter(fonts);
        var figures = document.Blocks.OfType<Figure>().ToList();
        Time("charts png x" + figures.Count, () => { var r = new ChartRenderer(fonts, style); foreach (var f in figures) r.Render(f, FigureFormat.Png); });
        Time("charts svg x" + figures.Count, () => { var r = new ChartRenderer(fonts, style); foreach (var f in figures) r.Render(f, FigureFormat.Svg); });
        var charts = new ChartRenderer(fonts, style);
        foreach (var f in figures) charts.Render(f, FigureFormat.Png);
        Time("pdf layout (no cache)", () => pdf.Layout.Paginate(document with { }, new WriterContext(style, charts, new DiagnosticBag())));
        Time("pdf write, no figures", () => Write(pdf, document with { }, style, null));
        Time("pdf write, figures", () => Write(pdf, document with { }, style, charts));
        Time("pdf write, figures, layout shared", () => Write(pdf, document, style, charts));
    }

    private static void Write(PdfWriter pdf, DocumentTree document, DocumentStyle style, IFigureRenderer? figures)
    {
        using var stream = new MemoryStream();
        pdf.Write(document, new WriterContext(style, figures, new DiagnosticBag()), stream, CancellationToken.None);
    }

    private static void Time(string name, Action action)
    {
        for (var i = 0; i < 30; i++) action(); // warm-up: tiered JIT optimises a method after 30 calls
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  {name,-24} median {PipelineTimer.Median(times),7:0.0} ms");
    }
}
