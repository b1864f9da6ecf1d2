using FinalAccounts.Publisher.Writers.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// One face at one size and style, with its XFont and a per-character width cache. PDFsharp applies no kerning or
/// shaping, so the sum of cached character widths equals MeasureString exactly.
/// </summary>
internal sealed class FontHandle
{
    // Ideographic em box: CJK faces put about 0.88 em above the baseline and 0.12 em below.
    private const double AscentEm = 0.88;
    private readonly double[]?[] pages = new double[]?[0x110000 >> 8];
    private readonly XGraphics measure;
    private readonly Lock gate = new();
    private readonly Lazy<XFont> full;

    public FontHandle(FontFace face, string familyKey, string? commonKey, double size, bool bold, bool italic)
    {
        Face = face;
        Size = size;
        Bold = bold;
        Italic = italic;
        FamilyKey = familyKey;
        CommonKey = commonKey;
        var style = (bold ? XFontStyleEx.Bold : 0) | (italic ? XFontStyleEx.Italic : 0);
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        full = new Lazy<XFont>(() => new XFont(familyKey, size, style, options));
        CommonFont = commonKey is null ? null : new XFont(commonKey, size, style, options);
        measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public FontFace Face { get; }

    /// <summary>The name the font resolver knows this face by.</summary>
    public string FamilyKey { get; }

    public double Size { get; }

    public bool Bold { get; }

    public bool Italic { get; }

    /// <summary>The font on the whole face, loaded when a document first needs it.</summary>
    public XFont Font => full.Value;

    /// <summary>
    /// The font on the face's common cut (<see cref="CommonFace"/>): the same glyph ids and widths, so it measures the
    /// same and draws the same text as <see cref="Font"/> when every character is common. Null when the face has none.
    /// </summary>
    public XFont? CommonFont { get; }

    /// <summary>The family name of the common cut, null when there is none.</summary>
    public string? CommonKey { get; }

    // Widths come from the face's 'hmtx' through its 'cmap', which the common cut keeps whole.
    private XFont Measuring => CommonFont ?? Font;

    /// <summary>Distance from the top of the em box to the baseline.</summary>
    public double Ascent => Size * AscentEm;

    /// <summary>Advance width of one code point, in points.</summary>
    public double Width(int codePoint)
    {
        var page = pages[codePoint >> 8];
        if (page is null)
        {
            page = new double[256];
            Array.Fill(page, double.NaN);
            page = Interlocked.CompareExchange(ref pages[codePoint >> 8], page, null) ?? page;
        }

        var w = page[codePoint & 255];
        if (!double.IsNaN(w)) return w;
        lock (gate)
        {
            w = measure.MeasureString(char.ConvertFromUtf32(codePoint), Measuring).Width;
        }

        page[codePoint & 255] = w;
        return w;
    }

    /// <summary>Advance width of a string (sum of its characters).</summary>
    public double Width(string text)
    {
        double w = 0;
        foreach (var rune in text.EnumerateRunes()) w += Width(rune.Value);

        return w;
    }
}
