using FinalAccounts.Publisher.Document;

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

    public static List<BlockLine> Lines(List<Glyph> glyphs, double width, double firstIndent, double indent, double pitch, TextAlign align)
    {
        var spans = LineBreaker.Break(glyphs, width - firstIndent, width - indent);
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
    /// so a two-line title does not end with a lonely word.
    /// </summary>
    public static List<BlockLine> Balanced(List<Glyph> glyphs, double width, double pitch)
    {
        var count = LineBreaker.Break(glyphs, width, width).Count;
        double lo = width / Math.Max(1, count), hi = width;
        if (count > 1)
        {
            for (var i = 0; i < 12; i++)
            {
                var mid = (lo + hi) / 2;
                if (LineBreaker.Break(glyphs, mid, mid).Count > count) lo = mid;
                else hi = mid;
            }
        }

        var spans = LineBreaker.Break(glyphs, hi, hi);
        var lines = new List<BlockLine>(spans.Count);
        foreach (var span in spans)
        {
            var ops = new List<DrawOp>();
            TextSetter.SetLine(ops, glyphs, span, 0, 0, width, pitch, TextAlign.Center);
            lines.Add(new BlockLine(pitch, [], ops, 0));
        }

        return lines;
    }

    /// <summary>Opens <paramref name="open"/> before the first line and closes <paramref name="close"/> elements after the last.</summary>
    public static List<BlockLine> Tag(List<BlockLine> lines, IReadOnlyList<DrawOp> open, int close)
    {
        if (lines.Count == 0) return lines;
        lines[0] = lines[0] with { Open = [.. open, .. lines[0].Open] };
        lines[^1] = lines[^1] with { Close = lines[^1].Close + close };
        return lines;
    }
}
