using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// The page of one orientation in twips. Landscape swaps the paper's width and height and keeps each margin's role
/// (top stays top), as <see cref="PageSetup"/> defines.
/// </summary>
internal sealed record DocxPageGeometry(bool Landscape, int PageWidth, int PageHeight, int Top, int Bottom, int Left, int Right, int Footer)
{
    public int TextWidth => PageWidth - Left - Right;

    public int TextHeight => PageHeight - Top - Bottom;

    public static DocxPageGeometry From(PageSetup page, bool landscape)
    {
        var width = DocxUnits.TwipsFromMm(landscape ? page.HeightMm : page.WidthMm);
        var height = DocxUnits.TwipsFromMm(landscape ? page.WidthMm : page.HeightMm);
        return new DocxPageGeometry(landscape, width, height, DocxUnits.TwipsFromMm(page.TopMm), DocxUnits.TwipsFromMm(page.BottomMm),
            DocxUnits.TwipsFromMm(page.LeftMm), DocxUnits.TwipsFromMm(page.RightMm), DocxUnits.TwipsFromMm(page.FooterMm));
    }
}
