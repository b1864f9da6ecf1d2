using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>Draws a key entry: a square swatch beside the first line of text, a gap, then the text.</summary>
internal static class KeyDrawing
{
    /// <summary>The swatch side for text of <paramref name="fontSize"/> points.</summary>
    public static float Swatch(float fontSize) => fontSize * 0.8f;

    /// <summary>The gap between swatch and text.</summary>
    public static float Gap(float fontSize) => fontSize * 0.4f;

    /// <summary>The width of an entry whose text is <paramref name="textWidth"/> wide.</summary>
    public static float Width(float fontSize, float textWidth) => Swatch(fontSize) + Gap(fontSize) + textWidth;

    /// <summary>Draws the entry with its top left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static void Draw(RenderPack rp, ChartKey key, float left, float top)
    {
        var size = key.Label.FontSize;
        var s = Swatch(size);
        var middle = top + key.LineHeightPt / 2;
        var swatch = new PixelRect(left, left + s, middle + s / 2, middle - s / 2);
        Drawing.FillRectangle(rp.Canvas, swatch, rp.Paint, new FillStyle { Color = key.Fill, AntiAlias = false });
        key.Label.Alignment = Alignment.UpperLeft;
        key.Label.Render(rp.Canvas, new Pixel(left + s + Gap(size), top), rp.Paint);
    }
}
