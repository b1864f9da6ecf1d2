namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// The space Word and LibreOffice put where Chinese meets Latin text (Word: autoSpaceDE/autoSpaceDN, a quarter em
/// beside a letter or digit; LibreOffice: a fifth of an em beside any Latin character, signs such as % included). The
/// PDF sets the wider of the two at each such boundary, so the Word edition, set by either program, never needs more
/// room on a line than the PDF took, and its pages (which follow the PDF's) never run over.
/// </summary>
internal static class AutoSpace
{
    /// <summary>Beside a Latin letter or a digit, in ems.</summary>
    public const double LetterOrDigit = 0.25;

    /// <summary>Beside another Latin character (a sign such as % or a full stop), in ems.</summary>
    public const double Sign = 0.2;

    /// <summary>Adds the gap to each glyph followed by a glyph of the other script.</summary>
    public static void Apply(List<Glyph> glyphs)
    {
        for (var i = 1; i < glyphs.Count; i++)
        {
            var (a, b) = (glyphs[i - 1], glyphs[i]);
            var latin = IsCjk(a.CodePoint) ? b.CodePoint : IsCjk(b.CodePoint) ? a.CodePoint : -1;
            if (!IsLatin(latin)) continue;
            var ems = char.IsAsciiLetterOrDigit((char)latin) ? LetterOrDigit : Sign;
            var gap = ems * a.Font.Size;
            glyphs[i - 1] = a with { Width = a.Width + gap - a.Gap, Gap = gap };
        }
    }

    /// <summary>Han characters, Chinese punctuation and full-width forms (not the curly quotes, which both scripts use).</summary>
    public static bool IsCjk(int cp) =>
        cp is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>Printable ASCII other than the space.</summary>
    private static bool IsLatin(int cp) => cp is > 0x20 and < 0x7F;
}
