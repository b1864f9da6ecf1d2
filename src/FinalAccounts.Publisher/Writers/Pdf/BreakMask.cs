using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>The shared word-break rules (<see cref="WordBreaks"/>) for shaped text: a <see cref="BreakKind"/> per glyph.</summary>
internal static class BreakMask
{
    public static BreakKind[] For(IReadOnlyList<Glyph> glyphs, WordBreaks breaks)
    {
        var (text, at) = Text(glyphs);
        var kinds = breaks.Kinds(text);
        var mask = new BreakKind[glyphs.Count];
        for (var i = 0; i < glyphs.Count; i++) mask[i] = kinds[at[i]];
        return mask;
    }

    /// <summary>Where the lines after the first start, as offsets into the text the glyphs were shaped from.</summary>
    public static IReadOnlyList<int> Offsets(IReadOnlyList<Glyph> glyphs, List<LineSpan> spans)
    {
        var (_, at) = Text(glyphs);
        return spans.Skip(1).Where(s => s.Start < glyphs.Count).Select(s => at[s.Start]).ToList();
    }

    private static (string Text, int[] At) Text(IReadOnlyList<Glyph> glyphs)
    {
        var text = new System.Text.StringBuilder(glyphs.Count);
        var at = new int[glyphs.Count];
        for (var i = 0; i < glyphs.Count; i++)
        {
            at[i] = text.Length;
            text.Append(char.ConvertFromUtf32(glyphs[i].CodePoint));
        }

        return (text.ToString(), at);
    }
}
