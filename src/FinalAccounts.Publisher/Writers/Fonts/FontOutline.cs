namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>How a font's glyphs are stored.</summary>
public enum FontOutline
{
    /// <summary>TrueType quadratic outlines ('glyf'): PDFsharp embeds these as subsets.</summary>
    TrueType,

    /// <summary>PostScript/CFF outlines ('CFF ' or 'CFF2'): PDFsharp would embed these whole, so the PDF writer skips them.</summary>
    Cff,
}
