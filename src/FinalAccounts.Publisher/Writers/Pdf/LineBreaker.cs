using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A line of a broken text: glyphs [Start, End), its width without trailing spaces, and whether it ends a paragraph or a forced break.</summary>
internal readonly record struct LineSpan(int Start, int End, double Width, bool Last);

/// <summary>
/// Greedy line breaking for CJK text with 避头尾: a line ends at the last allowed break that fits. A unit wider than a
/// whole line (a very long number or word) is cut by characters, the only case where a rule can give way.
/// </summary>
internal static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="glyphs"/> into lines; with <paramref name="kinds"/> (titles, headings) only between words:
    /// inside a name only when it is wider than a line, inside a word only when nothing else fits.
    /// </summary>
    public static List<LineSpan> Break(IReadOnlyList<Glyph> glyphs, double firstWidth, double width, BreakKind[]? kinds = null)
    {
        var lines = new List<LineSpan>();
        var start = 0;
        while (start < glyphs.Count)
        {
            var limit = lines.Count == 0 ? firstWidth : width;
            var end = FindEnd(glyphs, start, limit, width, kinds, out var hard);
            lines.Add(new LineSpan(start, end, Measure(glyphs, start, end), hard || end >= glyphs.Count));
            start = hard ? end + 1 : end;
            while (!hard && start < glyphs.Count && glyphs[start].IsSpace) start++;
            if (hard && start == glyphs.Count) lines.Add(new LineSpan(start, start, 0, true));
        }

        if (lines.Count == 0) lines.Add(new LineSpan(0, 0, 0, true));
        return lines;
    }

    /// <summary>Whether a break is allowed before glyph <paramref name="i"/>.</summary>
    public static bool CanBreakBefore(IReadOnlyList<Glyph> glyphs, int i) =>
        i > 0 && i < glyphs.Count && Kinsoku.CanBreakBetween(i > 1 ? glyphs[i - 2].CodePoint : -1, glyphs[i - 1].CodePoint, glyphs[i].CodePoint);

    private static int FindEnd(IReadOnlyList<Glyph> glyphs, int start, double limit, double next, BreakKind[]? kinds, out bool hard)
    {
        hard = false;
        double x = 0;
        int free = -1, inName = -1, any = -1;
        for (var i = start; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (g.IsBreak)
            {
                hard = true;
                return i;
            }

            if (i > start && CanBreakBefore(glyphs, i))
            {
                any = i;
                var kind = kinds is null || i >= kinds.Length ? BreakKind.Free : kinds[i];
                if (kind == BreakKind.Free) free = i;
                else if (kind == BreakKind.InName) inName = i;
            }

            // Spaces may hang past the edge; they are not drawn at a line end, nor is a glyph's gap (AutoSpace).
            if (!g.IsSpace && x + g.Advance > limit + 0.001 && i > start)
            {
                // A name wider than a whole line breaks inside anyway: then fill this line rather than leave it short.
                if (inName > free && free > start && Measure(glyphs, free, NextFree(kinds, i, glyphs.Count)) > next + 0.001) return inName;
                return free > start ? free : inName > start ? inName : any > start ? any : i;
            }

            x += g.Width;
        }

        return glyphs.Count;
    }

    /// <summary>The first place at or after <paramref name="i"/> where a line may break freely (the end of a name or word).</summary>
    private static int NextFree(BreakKind[]? kinds, int i, int count)
    {
        if (kinds is null) return i;
        while (i < count && i < kinds.Length && kinds[i] != BreakKind.Free) i++;
        return i;
    }

    public static double Measure(IReadOnlyList<Glyph> glyphs, int start, int end)
    {
        while (end > start && glyphs[end - 1].IsSpace) end--;
        double w = 0;
        for (var i = start; i < end; i++) w += glyphs[i].Width;
        return end > start ? w - glyphs[end - 1].Gap : 0;
    }
}
