using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using ScottPlot;
using SkiaSharp;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// The fonts of one chart: for each piece of text, the first face of its style role's font list (the same faces the
/// PDF embeds) that has every character. Remembers characters no face has and the family list behind each typeface
/// (for SVG font-family fallbacks). Text is set at least at <paramref name="minSizePt"/>. With
/// <paramref name="reducedCmaps"/>, text whose every character is common is set in the face's reduced-cmap twin
/// (<see cref="ReducedTypeface"/>: same glyphs and names, cheaper for SkiaSharp's SVG canvas to turn back into text).
/// Not thread-safe: one per chart.
/// </summary>
internal sealed class ChartFonts(FontCatalog catalog, DocumentStyle style, float minSizePt = 0, bool reducedCmaps = false)
{
    private readonly Dictionary<StyleRole, FontFallbackChain> chains = [];
    private readonly SortedSet<int> missing = [];
    private readonly Dictionary<string, IReadOnlyList<string>> familiesByTypeface = new(StringComparer.Ordinal);

    /// <summary>Characters that no face of their role has (drawn as boxes), in code point order.</summary>
    public IReadOnlyCollection<int> Missing => missing;

    /// <summary>Each typeface family used → the style's family list for it (first role that used it).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FamiliesByTypeface => familiesByTypeface;

    /// <summary>Whether the role has a face that can set Chinese.</summary>
    public bool HasCjk(StyleRole role) => Chain(role).HasCjk;

    /// <summary>The fixed words a chart prints (its unit line).</summary>
    public PublishedWords Words => style.Words;

    /// <summary>The role's font families, as the style lists them.</summary>
    public IReadOnlyList<string> Families(StyleRole role) => Spec(role).Families;

    /// <summary>The role's point size, at least the chart's text size.</summary>
    public float Size(StyleRole role) => Math.Max((float)Spec(role).SizePt, minSizePt);

    /// <summary>A ScottPlot label for <paramref name="text"/> in the role's font (size in points: plots are drawn in points).</summary>
    public LabelStyle Label(StyleRole role, string text, float? size = null, Color? color = null)
    {
        var label = new LabelStyle { Text = text };
        Apply(label, role, text, size, color);
        return label;
    }

    /// <summary>
    /// Sets the font of an existing ScottPlot label for the given text (or a text with every character it will show:
    /// the face, and whether its reduced cmap will do, are chosen for that).
    /// </summary>
    public void Apply(LabelStyle label, StyleRole role, string text, float? size = null, Color? color = null)
    {
        label.Font = Typeface(role, text);
        label.FontSize = size ?? Size(role);
        label.ForeColor = color ?? ChartPalette.Text;
        label.Bold = false;
        label.SubpixelText = false;
    }

    /// <summary>
    /// The width of <paramref name="text"/> in points when set in the role's font — the face chosen for
    /// <paramref name="chosenFor"/> when the text is part of a label set in one face (default: the text itself).
    /// </summary>
    public float Width(StyleRole role, string text, float? size = null, string? chosenFor = null)
    {
        using var font = new SKFont(Typeface(role, chosenFor ?? text, text), size ?? Size(role));
        return font.MeasureText(text);
    }

    /// <summary>The line height (ascent + descent + leading) in points.</summary>
    public float LineHeight(StyleRole role, string text, float? size = null)
    {
        using var font = new SKFont(Typeface(role, text), size ?? Size(role));
        return font.Spacing;
    }

    /// <summary>The first face of the role's chain that has every character of the text (else the first that can set Chinese).</summary>
    public SKTypeface Typeface(StyleRole role, string text) => Typeface(role, text, text);

    /// <summary>The typeface chosen for <paramref name="text"/>, its reduced twin only when it also maps all of <paramref name="drawn"/>.</summary>
    private SKTypeface Typeface(StyleRole role, string text, string drawn)
    {
        var chain = Chain(role);
        var codePoints = CodePoints(text);
        FontFace? chosen = null;
        foreach (var face in chain.Faces)
        {
            if (codePoints.All(c => catalog.HasGlyph(face, c)) && TypefaceCache.Get(face) is not null)
            {
                chosen = face;
                break;
            }
        }

        if (chosen is null)
        {
            foreach (var c in codePoints.Where(c => chain.IndexFor(c) < 0)) missing.Add(c);
            chosen = chain.Faces.FirstOrDefault(f => catalog.HasGlyph(f, '中') && TypefaceCache.Get(f) is not null)
                ?? chain.Faces.FirstOrDefault(f => TypefaceCache.Get(f) is not null);
        }

        var typeface = (chosen is null ? null : TypefaceCache.Get(chosen)) ?? SKTypeface.Empty;
        if (reducedCmaps && chosen is not null && TypefaceCache.GetReduced(chosen) is { } reduced
            && reduced.Characters.ContainsAll(text) && (ReferenceEquals(drawn, text) || reduced.Characters.ContainsAll(drawn)))
        {
            typeface = reduced.Typeface;
        }

        familiesByTypeface.TryAdd(typeface.FamilyName, Spec(role).Families);
        return typeface;
    }

    private FontFallbackChain Chain(StyleRole role)
    {
        if (!chains.TryGetValue(role, out var chain))
        {
            var spec = Spec(role);
            chains[role] = chain = catalog.Resolve(spec.Families, spec.Bold);
        }

        return chain;
    }

    /// <summary>The role's font, or the body font when a style leaves the role out.</summary>
    private FontSpec Spec(StyleRole role) => style.Fonts.TryGetValue(role, out var spec) ? spec : style.Font(StyleRole.Body);

    private static List<int> CodePoints(string text)
    {
        var list = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            // A lone surrogate is no character: skip it rather than fail.
            if (char.IsSurrogate(text, i) && !char.IsSurrogatePair(text, i)) continue;
            if (!char.IsWhiteSpace(text, i)) list.Add(char.ConvertToUtf32(text, i));
        }

        return list;
    }
}
