using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A page's size and text block in points. Landscape pages swap width and height and keep the margins' roles.</summary>
internal sealed record PageGeometry(bool Landscape, double Width, double Height, double Left, double Top, double Right, double Bottom, double FooterTop)
{
    public const double PointsPerMm = 72 / 25.4;

    public double TextWidth => Width - Left - Right;

    public double TextHeight => Height - Top - Bottom;

    public double TextBottom => Height - Bottom;

    public static PageGeometry ForPortrait(PageSetup p) => Create(false, p.WidthMm, p.HeightMm, p);

    public static PageGeometry ForLandscape(PageSetup p) => Create(true, p.HeightMm, p.WidthMm, p);

    private static PageGeometry Create(bool landscape, double widthMm, double heightMm, PageSetup p) => new(
        landscape, widthMm * PointsPerMm, heightMm * PointsPerMm, p.LeftMm * PointsPerMm, p.TopMm * PointsPerMm,
        p.RightMm * PointsPerMm, p.BottomMm * PointsPerMm, (heightMm - p.FooterMm) * PointsPerMm);
}
