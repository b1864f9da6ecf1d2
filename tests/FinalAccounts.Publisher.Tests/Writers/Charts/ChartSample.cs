using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Fonts;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>The composed sample's figures and renderers over the system fonts, shared by the chart tests.</summary>
internal static class ChartSample
{
    private static readonly Lazy<FontCatalog> LazyCatalog = new(() => FontCatalog.ForSystem());

    public static FontCatalog Catalog => LazyCatalog.Value;

    public static DocumentTree Document => SampleDisclosure.Get().Document ?? throw new AssertionException(SampleDisclosure.Report(SampleDisclosure.Get().Diagnostics));

    public static DocumentStyle Style => SampleDisclosure.Get().Style.Document;

    public static IReadOnlyList<Figure> Figures => Document.Blocks.OfType<Figure>().ToList();

    /// <summary>The sample figure with this caption.</summary>
    public static Figure Figure(string caption) =>
        Figures.SingleOrDefault(f => f.Caption == caption) ?? throw new AssertionException($"the sample has no figure '{caption}'");

    /// <summary>The composed sample's Markdown (figures as words), for comparing charts with the prose.</summary>
    public static string Markdown => SampleDisclosure.Get().Markdown ?? throw new AssertionException("no Markdown");

    public static ChartRenderer Renderer(DiagnosticBag? bag = null) => new(Catalog, Style, bag ?? new DiagnosticBag());

    /// <summary>A hand-made figure (for cases the sample does not have).</summary>
    public static Figure Made(ChartKind kind, string[] categories, params ChartSeries[] series) =>
        new("fig-t", "图9", "测试图", new ChartSpec(kind, "测试图", "万元", categories, series), "测试", new SourceLocation("t.sbn", 3, 1));

    /// <summary>Pixels of a decoded PNG with luminance below <paramref name="threshold"/> inside a rectangle given in fractions of the picture.</summary>
    public static int DarkPixels(SKBitmap bitmap, double left, double top, double right, double bottom, int threshold = 100)
    {
        var count = 0;
        for (var y = (int)(top * bitmap.Height); y < (int)(bottom * bitmap.Height); y++)
        {
            for (var x = (int)(left * bitmap.Width); x < (int)(right * bitmap.Width); x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue < threshold) count++;
            }
        }

        return count;
    }
}
