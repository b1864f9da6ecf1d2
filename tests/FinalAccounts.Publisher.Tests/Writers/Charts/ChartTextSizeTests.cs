using System.Globalization;
using System.Xml.Linq;
using FinalAccounts.Publisher.Writers;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>
/// Chart text is large and dark enough to read: at least 9 pt in print (it was 6.5 pt-looking light grey), and drawn
/// for the screen at a size a phone shows at about 12 px (issue 12, point 10). The phone itself is checked in Chromium.
/// </summary>
public sealed class ChartTextSizeTests
{
    private static IEnumerable<string> Captions => ChartSample.Figures.Select(f => f.Caption);

    [TestCaseSource(nameof(Captions))]
    public void Printed_chart_text_is_at_least_9_pt_in_near_black(string caption)
    {
        // The printed plot drawn as SVG at one unit a point shows the sizes the PNG is drawn with.
        var plot = ChartSample.Renderer().CreatePlot(ChartSample.Figure(caption), FigureFormat.Png)!;
        plot.ScaleFactor = 1;
        var texts = Texts(plot.GetSvgXml(442, 276));
        Assert.That(texts, Is.Not.Empty);
        Assert.That(texts.Min(t => t.Size), Is.GreaterThanOrEqualTo(9), string.Join(", ", texts.Where(t => t.Size < 9)));
        Assert.That(texts.Select(t => t.Fill).Distinct(), Is.EqualTo(new[] { "#1F1F1F" }));
    }

    [Test]
    public void Printed_figures_and_labels_are_drawn_large_enough_to_read()
    {
        // The value label above the first bar: digits only (they were 6.2 pt tall, in thin grey strokes).
        using var bars = Png("收、支决算总计变动情况");
        Assert.That(InkBands(bars, 0.2, 0.33, 0, 0.3).First().HeightPt, Is.GreaterThanOrEqualTo(8), "digit height");
        // The pie's key: Chinese glyphs and figures, one band per slice (they were 9.6 pt tall).
        using var pie = Png("支出决算结构");
        var key = InkBands(pie, 0.6, 0.75, 0, 1);
        Assert.That(key, Has.Count.EqualTo(2));
        Assert.That(key.Select(b => b.HeightPt), Is.All.GreaterThanOrEqualTo(10.5), "height of the key's Chinese text");
    }

    [TestCaseSource(nameof(Captions))]
    public void Screen_chart_text_is_at_least_11_units_in_a_picture_at_most_360_units_wide(string caption)
    {
        var drawn = ChartSample.Renderer().Render(ChartSample.Figure(caption), FigureFormat.Svg);
        var svg = System.Text.Encoding.UTF8.GetString(drawn.Bytes);
        var viewBox = XDocument.Parse(svg).Root!.Attribute("viewBox")!.Value.Split(' ');
        var width = double.Parse(viewBox[2], CultureInfo.InvariantCulture);
        Assert.That(width, Is.LessThanOrEqualTo(360), "a phone's 358 px show it at least at 0.99 px a unit");
        Assert.That(Texts(svg).Min(t => t.Size), Is.GreaterThanOrEqualTo(11));
    }

    private static SKBitmap Png(string caption) =>
        SKBitmap.Decode(ChartSample.Renderer().Render(ChartSample.Figure(caption), FigureFormat.Png).Bytes);

    /// <summary>Runs of pixel rows with dark ink in a region (fractions of the picture), as heights in points.</summary>
    private static List<(int Top, double HeightPt)> InkBands(
        SKBitmap bitmap, double left, double right, double top, double bottom)
    {
        var bands = new List<(int, double)>();
        int? start = null;
        for (var y = (int)(top * bitmap.Height); y <= (int)(bottom * bitmap.Height); y++)
        {
            var columns = Enumerable.Range((int)(left * bitmap.Width), (int)((right - left) * bitmap.Width));
            var ink = y < bitmap.Height && columns.Any(x => bitmap.GetPixel(x, y) is var c && c.Red + c.Green + c.Blue < 3 * 120);
            if (ink && start is null) start = y;
            if (!ink && start is { } s)
            {
                bands.Add((s, (y - s) * 72.0 / 300));
                start = null;
            }
        }

        return bands;
    }

    private static List<(string Text, double Size, string Fill)> Texts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => (e.Value, double.Parse(e.Attribute("font-size")!.Value, CultureInfo.InvariantCulture),
                e.Attribute("fill")?.Value.ToUpperInvariant() ?? ""))
            .ToList();
}
