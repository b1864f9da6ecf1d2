namespace FinalAccounts.Publisher.Review;

/// <summary>
/// What differs inside a changed sentence: both versions cut into tokens — a number with its separators and percent
/// sign, a run of Latin letters, any other single character — aligned, and the unaligned tokens marked as changed, so
/// a changed figure is marked whole ("26864.63" → "26900"), not digit by digit.
/// </summary>
public static class InlineDiff
{
    private const long MaxCells = 1_000_000;

    public static (IReadOnlyList<DiffSegment> Old, IReadOnlyList<DiffSegment> New) Segments(string older, string newer)
    {
        var (a, b) = (Tokens(older), Tokens(newer));
        if ((long)a.Count * b.Count > MaxCells) return ([new DiffSegment(older, true)], [new DiffSegment(newer, true)]);
        var pairs = Alignment.Pairs(a.Count, b.Count, (i, j) => a[i] == b[j]);
        var (keptA, keptB) = (new bool[a.Count], new bool[b.Count]);
        foreach (var (i, j) in pairs) (keptA[i], keptB[j]) = (true, true);
        return (Join(a, keptA), Join(b, keptB));
    }

    /// <summary>The tokens of a text, in order; together they are the text.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
                if (i < text.Length && text[i] == '%') i++;
            }
            else if (char.IsAsciiLetter(text[i])) while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            else i += char.IsSurrogatePair(text, i) ? 2 : 1;
            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static List<DiffSegment> Join(List<string> tokens, bool[] kept)
    {
        var segments = new List<DiffSegment>();
        for (var i = 0; i < tokens.Count;)
        {
            var changed = !kept[i];
            var start = i;
            while (i < tokens.Count && kept[i] != changed) i++;
            segments.Add(new DiffSegment(string.Concat(tokens.Skip(start).Take(i - start)), changed));
        }

        return segments;
    }
}
