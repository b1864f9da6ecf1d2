using System.Text;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// The characters of one data file (or workbook) that no font of the style has, reported as FA6002: the first
/// <see cref="RepeatedDiagnostics.Shown"/>, then one summary line for the rest (a file of millions stays one screen).
/// </summary>
internal sealed class GlyphFinds(Func<int, string?> lacking, DiagnosticBag bag)
{
    private int found;
    private Diagnostic? firstLeftOut;

    /// <summary>The fonts that lack a printable character; null when every role's fonts have it, or for a control.</summary>
    public string? Lacks(Rune rune) => rune.Value >= 0x20 ? lacking(rune.Value) : null;

    public void Add(Rune rune, string fonts, SourceLocation at)
    {
        var d = Describe(rune, fonts, at);
        if (++found <= RepeatedDiagnostics.Shown) bag.Add(d);
        else firstLeftOut ??= d;
    }

    /// <summary>Adds the summary of the finds left out, if any.</summary>
    public void Close()
    {
        if (firstLeftOut is null) return;
        bag.Add(RepeatedDiagnostics.Summary(firstLeftOut, found - RepeatedDiagnostics.Shown));
    }

    private static Diagnostic Describe(Rune rune, string fonts, SourceLocation at)
    {
        var (ch, code) = (rune.ToString(), $"U+{rune.Value:X4}");
        var names = new OwnText(fonts);
        return new Diagnostic(FontDiagnostics.MissingGlyph, at, new LocalizedText(
            $"字符“{ch}”（{code}）在样式的字体（{names}）中都没有，PDF 无法排印；请换成别的字符（如数字 0-9）。",
            $"The character '{ch}' ({code}) is in none of the style's fonts ({names}); the PDF cannot set it. " +
            "Replace it (e.g. by the digits 0-9)."));
    }
}
