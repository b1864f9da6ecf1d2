namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// A rough measure of text for column widths and page estimates: Latin letters and digits are 0.6 em wide (half an
/// em in 宋体, more in the sans fonts that stand in for it elsewhere), everything else (Chinese, full-width
/// punctuation, dashes, quotes) a full em. No font is opened.
/// </summary>
internal static class DocxTextMeasure
{
    private const double LatinEms = 0.6;

    public static double Ems(ReadOnlySpan<char> text)
    {
        var ems = 0.0;
        foreach (var ch in text)
            ems += ch < '\u0370' ? LatinEms : ch is >= '\uDC00' and <= '\uDFFF' ? 0 : 1;
        return ems;
    }

    /// <summary>Width in twips of the longest line of <paramref name="text"/> at <paramref name="sizePt"/>.</summary>
    public static int LongestLineTwips(string text, double sizePt)
    {
        var max = 0.0;
        foreach (var line in text.Split('\n'))
            max = Math.Max(max, Ems(line));
        return DocxUnits.TwipsFromPt(max * sizePt);
    }

    /// <summary>Lines the text takes in a box <paramref name="widthTwips"/> wide (each "\n" starts a new line).</summary>
    public static int Lines(string text, double sizePt, int widthTwips, double firstLineIndentEms = 0)
    {
        var perLine = Math.Max(1.0, widthTwips / 20.0 / sizePt);
        var lines = 0;
        foreach (var line in text.Split('\n'))
            lines += Math.Max(1, (int)Math.Ceiling((Ems(line) + firstLineIndentEms) / perLine - 1e-9));
        return lines;
    }

    /// <summary>True for a number as tables print it: 26,864.63 / -3.5 / 96.10%.</summary>
    public static bool IsNumber(string text)
    {
        if (text.Length == 0) return false;
        var digits = 0;
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch)) digits++;
            else if (ch is not (',' or '.' or '%' or '-' or '+')) return false;
        }

        return digits > 0;
    }
}
