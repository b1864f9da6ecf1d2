using System.Text;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Sets broken lines as text runs: one run per font and unbroken stretch, positioned for the alignment. Justified
/// lines widen the gaps between characters by at most <see cref="MaxStretch"/>; where Chinese meets Latin text the
/// glyph's gap (<see cref="AutoSpace"/>) is set.
/// </summary>
internal static class TextSetter
{
    /// <summary>The most a justified line widens the space between two characters, in ems.</summary>
    public const double MaxStretch = 0.1;

    /// <summary>
    /// Adds the runs of <paramref name="line"/> to <paramref name="ops"/>, relative to (<paramref name="x"/>, <paramref name="top"/>),
    /// the em boxes centred vertically in <paramref name="lineHeight"/>.
    /// </summary>
    public static void SetLine(List<DrawOp> ops, IReadOnlyList<Glyph> glyphs, LineSpan line, double x, double top, double width, double lineHeight, TextAlign align)
    {
        var end = line.End;
        while (end > line.Start && glyphs[end - 1].IsSpace) end--;
        var start = line.Start;
        if (end <= start) return;
        var slack = Math.Max(0, width - line.Width);
        var gaps = 0;
        if (align == TextAlign.Justify && !line.Last)
        {
            for (var i = start + 1; i < end; i++)
            {
                if (LineBreaker.CanBreakBefore(glyphs, i)) gaps++;
            }
        }

        // A line that would have to spread its characters apart (a long number did not fit) stays ragged instead.
        var gap = gaps > 0 ? Math.Min(slack / gaps, MaxStretch * glyphs[start].Font.Size) : 0;
        var cx = align switch
        {
            TextAlign.Center => x + slack / 2,
            TextAlign.Right => x + slack,
            _ => x,
        };
        // Runs break where the font changes or where the spacing between glyphs changes: inside a run every gap is
        // either a justification gap (drawn with character spacing) or none.
        var run = new StringBuilder();
        var runX = cx;
        double runWidth = 0;
        double runSpacing = 0;
        var runCount = 0;
        FontHandle? font = null;
        for (var i = start; i < end; i++)
        {
            var g = glyphs[i];
            var breakable = gap > 0 && i > start && LineBreaker.CanBreakBefore(glyphs, i);
            // The justification gap, and the space where Chinese meets Latin text (AutoSpace).
            var spacing = (breakable ? gap : 0) + (i > start ? glyphs[i - 1].Gap : 0);
            if (font is not null)
            {
                // A run's character spacing is justification only: a gap where Chinese meets Latin text ends the run.
                if (ReferenceEquals(g.Font, font) && glyphs[i - 1].Gap == 0 && (runCount == 1 || spacing == runSpacing))
                {
                    if (runCount == 1) runSpacing = spacing;
                    run.Append(char.ConvertFromUtf32(g.CodePoint));
                    runWidth += g.Advance;
                    runCount++;
                    continue;
                }

                var runTotal = runWidth + (runCount - 1) * runSpacing;
                ops.Add(Run(runX, top, lineHeight, run.ToString(), font, runTotal, runCount > 1 ? runSpacing : 0));
                runX += runTotal + spacing;
                run.Clear();
            }

            font = g.Font;
            run.Append(char.ConvertFromUtf32(g.CodePoint));
            runWidth = g.Advance;
            runSpacing = 0;
            runCount = 1;
        }

        if (font is not null && run.Length > 0)
            ops.Add(Run(runX, top, lineHeight, run.ToString(), font, runWidth + (runCount - 1) * runSpacing, runCount > 1 ? runSpacing : 0));
    }

    private static TextOp Run(double x, double top, double lineHeight, string text, FontHandle font, double width, double spacing) =>
        new(x, top + (lineHeight - font.Size) / 2, text, font, width, spacing);

    /// <summary>The plain text of a line (for checks and tests).</summary>
    public static string Text(IReadOnlyList<Glyph> glyphs, LineSpan line)
    {
        var sb = new StringBuilder();
        for (var i = line.Start; i < line.End; i++) sb.Append(char.ConvertFromUtf32(glyphs[i].CodePoint));
        return sb.ToString();
    }
}
