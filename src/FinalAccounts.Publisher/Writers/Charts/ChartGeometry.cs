using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// The printed size of a chart: the text width of a portrait page and 16:10, in points. Plots are drawn in points
/// (ScottPlot's scale factor turns points into pixels at the output resolution).
/// </summary>
internal sealed record ChartGeometry(float WidthPt, float HeightPt)
{
    /// <summary>Space kept free around the drawing, so nothing touches the picture's edge.</summary>
    public const float OuterPaddingPt = 6;

    /// <summary>Width / height of every chart.</summary>
    public const double Aspect = 16.0 / 10.0;

    /// <summary>The text width of the style's portrait page, 16:10.</summary>
    public static ChartGeometry For(DocumentStyle style)
    {
        var widthMm = style.Page.WidthMm - style.Page.LeftMm - style.Page.RightMm;
        var widthPt = (float)(widthMm * 72 / 25.4);
        return new ChartGeometry(widthPt, (float)(widthPt / Aspect));
    }

    /// <summary>The picture's width in pixels at <paramref name="dpi"/>.</summary>
    public int PixelWidth(double dpi) => (int)Math.Round(WidthPt * dpi / 72, MidpointRounding.AwayFromZero);

    /// <summary>The picture's height in pixels at <paramref name="dpi"/>.</summary>
    public int PixelHeight(double dpi) => (int)Math.Round(HeightPt * dpi / 72, MidpointRounding.AwayFromZero);
}
