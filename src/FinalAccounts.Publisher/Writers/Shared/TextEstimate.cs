namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// A rough measure of text, for editions that lay out without opening a font (the Word file's fallback, the web page's
/// table widths): Latin letters and digits are 0.6 em wide (half an em in 宋体, more in the sans fonts that stand in
/// for it elsewhere), everything else (Chinese, full-width punctuation, dashes, quotes) a full em.
/// </summary>
public static class TextEstimate
{
    private const double LatinEms = 0.6;

    public static double Ems(ReadOnlySpan<char> text)
    {
        var ems = 0.0;
        foreach (var ch in text)
            ems += ch < '\u0370' ? LatinEms : ch is >= '\uDC00' and <= '\uDFFF' ? 0 : 1;
        return ems;
    }

    /// <summary>The width of the longest line of <paramref name="text"/> (lines end at "\n"), in em.</summary>
    public static double LongestLineEms(string text)
    {
        var max = 0.0;
        foreach (var line in text.Split('\n')) max = Math.Max(max, Ems(line));
        return max;
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
