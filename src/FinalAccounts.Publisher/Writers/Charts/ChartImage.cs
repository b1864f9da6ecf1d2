using System.Text;
using ScottPlot;
using SkiaSharp;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>Draws a plot as a PNG at a resolution (opaque RGB, reproducible chunks) or as SVG with real text.</summary>
internal static class ChartImage
{
    public static byte[] Png(Plot plot, ChartGeometry geometry, double dpi)
    {
        var width = geometry.PixelWidth(dpi);
        var height = geometry.PixelHeight(dpi);
        plot.ScaleFactor = dpi / 72;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"SkiaSharp cannot create a {width}×{height} surface.");
        surface.Canvas.Clear(SKColors.White);
        plot.Render(surface.Canvas, width, height);
        using var pixmap = surface.PeekPixels();
        return PngEncoder.EncodeRgb(pixmap.GetPixelSpan(), width, height, pixmap.RowBytes, redFirst: true, dpi);
    }

    public static byte[] Svg(Plot plot, ChartGeometry geometry, string idPrefix, IReadOnlyDictionary<string, IReadOnlyList<string>> families)
    {
        // One SVG unit is one point.
        plot.ScaleFactor = 1;
        var width = (int)Math.Round(geometry.WidthPt, MidpointRounding.AwayFromZero);
        var height = (int)Math.Round(geometry.HeightPt, MidpointRounding.AwayFromZero);
        var xml = plot.GetSvgXml(width, height);
        return new UTF8Encoding(false).GetBytes(SvgText.Finish(xml, width, height, idPrefix, families));
    }
}
