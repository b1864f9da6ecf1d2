using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// The size of a chart and of its text, in points (plots are drawn in points; ScottPlot's scale factor turns points
/// into pixels at the output resolution). Printed charts take the text width of a portrait page; screen charts (SVG in
/// the web page) are drawn narrower, so that at a phone's width their text still reads at about 12 px. Either way 16:10.
/// </summary>
internal sealed record ChartGeometry(float WidthPt, float HeightPt, float TextPt, float MinTextPt)
{
    /// <summary>Space kept free around the drawing, so nothing touches the picture's edge.</summary>
    public const float OuterPaddingPt = 6;

    /// <summary>Width / height of every chart.</summary>
    public const double Aspect = 16.0 / 10.0;

    /// <summary>
    /// Text size in print: 12 pt (a table's 10.5 pt reads as small grey type in a chart), never under 9 pt when value
    /// labels crowd.
    /// </summary>
    private const float PrintTextPt = 12, PrintMinTextPt = 9;

    /// <summary>
    /// The screen chart: 360 units wide (one unit a CSS pixel at most), 12.5-unit text, never under 11: at a phone's 358
    /// pixels of text width the text is 11–12.5 px.
    /// </summary>
    private const float ScreenWidth = 360, ScreenTextPt = 12.5f, ScreenMinTextPt = 11;

    /// <summary>The printed chart: the text width of the style's portrait page.</summary>
    public static ChartGeometry For(DocumentStyle style)
    {
        var widthMm = style.Page.WidthMm - style.Page.LeftMm - style.Page.RightMm;
        var widthPt = (float)(widthMm * 72 / 25.4);
        return new ChartGeometry(widthPt, (float)(widthPt / Aspect), PrintTextPt, PrintMinTextPt);
    }

    /// <summary>The screen chart (SVG).</summary>
    public static ChartGeometry ForScreen() =>
        new(ScreenWidth, (float)(ScreenWidth / Aspect), ScreenTextPt, ScreenMinTextPt);

    /// <summary>The picture's width in pixels at <paramref name="dpi"/>.</summary>
    public int PixelWidth(double dpi) => (int)Math.Round(WidthPt * dpi / 72, MidpointRounding.AwayFromZero);

    /// <summary>The picture's height in pixels at <paramref name="dpi"/>.</summary>
    public int PixelHeight(double dpi) => (int)Math.Round(HeightPt * dpi / 72, MidpointRounding.AwayFromZero);
}
