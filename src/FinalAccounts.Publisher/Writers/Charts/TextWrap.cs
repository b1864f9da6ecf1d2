namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>Breaks a label into lines no wider than a limit: after a Chinese comma or semicolon when one fits, else between characters.</summary>
internal static class TextWrap
{
    private const string BreakAfter = "，、；：,;";

    public static IReadOnlyList<string> Lines(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        var rest = text;
        while (rest.Length > 0 && measure(rest) > maxWidth)
        {
            var fit = 1;
            while (fit < rest.Length && measure(rest[..(fit + 1)]) <= maxWidth) fit++;
            if (fit < rest.Length && char.IsLowSurrogate(rest[fit])) fit++;
            var punctuation = rest[..fit].LastIndexOfAny(BreakAfter.ToCharArray());
            var cut = punctuation > 0 ? punctuation + 1 : fit;
            lines.Add(rest[..cut]);
            rest = rest[cut..];
        }

        if (rest.Length > 0 || lines.Count == 0) lines.Add(rest);
        return lines;
    }
}
