using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>Breaks shaped text into <see cref="BlockLine"/>s and attaches structure tags to the first and last line.</summary>
internal static class TextLines
{
    /// <summary>The line pitch of a role: the body pitch for body-sized text, scaled for other sizes.</summary>
    public static double Pitch(LayoutContext context, StyleRole role)
    {
        var body = context.Style.Font(StyleRole.Body).SizePt;
        var size = context.Style.Font(role).SizePt;
        return size >= body - 0.01 && size <= body + 0.01 ? context.Style.BodyLinePitchPt : size * context.Style.BodyLinePitchPt / body;
    }

    public static List<BlockLine> Lines(
        List<Glyph> glyphs, double width, double firstIndent, double indent, double pitch, TextAlign align, BreakKind[]? kinds = null) =>
        Set(glyphs, LineBreaker.Break(glyphs, width - firstIndent, width - indent, kinds), width, firstIndent, indent, pitch, align);

    /// <summary>Sets broken lines: the first at <paramref name="firstIndent"/>, the others at <paramref name="indent"/>.</summary>
    public static List<BlockLine> Set(
        List<Glyph> glyphs, List<LineSpan> spans, double width, double firstIndent, double indent, double pitch, TextAlign align)
    {
        var lines = new List<BlockLine>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var ops = new List<DrawOp>();
            var x = i == 0 ? firstIndent : indent;
            TextSetter.SetLine(ops, glyphs, spans[i], x, 0, width - x, pitch, align);
            lines.Add(new BlockLine(pitch, [], ops, 0));
        }

        return lines;
    }

    /// <summary>
    /// Centred lines of even length (titles, part headings): the narrowest measure that still needs no more lines,
    /// so a two-line title does not end with a lonely word; with <paramref name="kinds"/>, broken between words only.
    /// </summary>
    public static List<BlockLine> Balanced(List<Glyph> glyphs, double width, double pitch, BreakKind[]? kinds = null) =>
        Set(glyphs, BalancedSpans(glyphs, width, kinds), width, 0, 0, pitch, TextAlign.Center);

    /// <summary>Where <see cref="Balanced"/> breaks the lines.</summary>
    public static List<LineSpan> BalancedSpans(List<Glyph> glyphs, double width, BreakKind[]? kinds)
    {
        var full = LineBreaker.Break(glyphs, width, width, kinds);
        var (count, forced) = (full.Count, Forced(full, kinds));
        double lo = width / Math.Max(1, count), hi = width;
        if (count > 1)
        {
            for (var i = 0; i < 12; i++)
            {
                // Narrower only while it takes no more lines and breaks no more names or words than the full width.
                var mid = (lo + hi) / 2;
                var trial = LineBreaker.Break(glyphs, mid, mid, kinds);
                if (trial.Count > count || Forced(trial, kinds) > forced) lo = mid;
                else hi = mid;
            }
        }

        return LineBreaker.Break(glyphs, hi, hi, kinds);
    }

    /// <summary>How many lines end inside a name or a word.</summary>
    private static int Forced(List<LineSpan> spans, BreakKind[]? kinds) =>
        kinds is null ? 0 : spans.Count(s => s.End < kinds.Length && !s.Last && kinds[s.End] != BreakKind.Free);

    /// <summary>Opens <paramref name="open"/> before the first line and closes <paramref name="close"/> elements after the last.</summary>
    public static List<BlockLine> Tag(List<BlockLine> lines, IReadOnlyList<DrawOp> open, int close)
    {
        if (lines.Count == 0) return lines;
        lines[0] = lines[0] with { Open = [.. open, .. lines[0].Open] };
        lines[^1] = lines[^1] with { Close = lines[^1].Close + close };
        return lines;
    }
}
