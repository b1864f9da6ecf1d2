namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// Breaks a label into lines no wider than a limit, preferring to break after a Chinese comma or semicolon, then before a
/// number (never inside one), then between any two characters; lines are balanced so the last is not a lone character.
/// </summary>
internal static class TextWrap
{
    private const string BreakAfter = "，、；：,;";

    public static IReadOnlyList<string> Lines(string text, float maxWidth, Func<string, float> measure)
    {
        var (greedy, plain) = Greedy(text, maxWidth, measure);
        if (greedy.Count < 2) return greedy;

        // The narrowest limit that needs no more lines, and no more breaks between plain characters, than the widest.
        float low = measure(text) / greedy.Count, high = maxWidth;
        var best = greedy;
        for (var i = 0; i < 12 && high - low > 0.5f; i++)
        {
            var mid = (low + high) / 2;
            var (lines, plainBreaks) = Greedy(text, mid, measure);
            if (lines.Count <= greedy.Count && plainBreaks <= plain)
            {
                best = lines;
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return best;
    }

    private static (List<string> Lines, int PlainBreaks) Greedy(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        var plain = 0;
        var rest = text;
        while (rest.Length > 0 && measure(rest) > maxWidth)
        {
            var fit = 1;
            while (fit < rest.Length && measure(rest[..(fit + 1)]) <= maxWidth) fit++;
            if (fit < rest.Length && char.IsLowSurrogate(rest[fit])) fit++;
            var (cut, isPlain) = Cut(rest, fit);
            if (isPlain) plain++;
            lines.Add(rest[..cut]);
            rest = rest[cut..];
        }

        if (rest.Length > 0 || lines.Count == 0) lines.Add(rest);
        return (lines, plain);
    }

    /// <summary>
    /// Where to break a line that can hold <paramref name="fit"/> characters of <paramref name="text"/>, and whether the
    /// break is a plain one (between two characters, not at a comma or before a number).
    /// </summary>
    private static (int At, bool Plain) Cut(string text, int fit)
    {
        if (fit >= text.Length) return (text.Length, false);
        var punctuation = text[..fit].LastIndexOfAny(BreakAfter.ToCharArray());
        if (punctuation > 0) return (punctuation + 1, false);
        for (var i = fit; i > 0; i--)
        {
            if (!IsNumber(text[i - 1]) && IsNumber(text[i])) return (i, false);
        }

        // Inside a number only when the number alone is wider than the line.
        var at = fit;
        while (at > 0 && IsNumber(text[at - 1]) && IsNumber(text[at])) at--;
        return (at > 0 ? at : fit, true);
    }

    private static bool IsNumber(char c) => char.IsAsciiDigit(c) || c is '.' or '%' or ',';
}
