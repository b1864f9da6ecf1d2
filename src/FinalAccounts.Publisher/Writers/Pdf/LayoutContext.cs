using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// What the layout of one document needs: the style, its fonts, page geometry, the figure renderer and the bag for
/// problems. Created only when every role has a font (<see cref="TryCreate"/>).
/// </summary>
internal sealed partial class LayoutContext
{
    private readonly HashSet<(SourceLocation, int)> reportedMissing = [];

    private LayoutContext(DocumentStyle style, FontBook fonts, WriterContext writer, CancellationToken cancellationToken)
    {
        Style = style;
        Fonts = fonts;
        Diagnostics = writer.Diagnostics;
        Figures = writer.Figures;
        CancellationToken = cancellationToken;
        Portrait = PageGeometry.ForPortrait(style.Page);
        Landscape = PageGeometry.ForLandscape(style.Page);
    }

    public DocumentStyle Style { get; }

    public FontBook Fonts { get; }

    public DiagnosticBag Diagnostics { get; }

    public IFigureRenderer? Figures { get; }

    public CancellationToken CancellationToken { get; }

    public PageGeometry Portrait { get; }

    public PageGeometry Landscape { get; }

    /// <summary>The layout context, or null after reporting FA6001 when some role has no font that can set Chinese.</summary>
    public static LayoutContext? TryCreate(WriterContext writer, FontBook fonts, CancellationToken cancellationToken)
    {
        var lacking = new List<string>();
        foreach (var role in Enum.GetValues<StyleRole>())
        {
            if (!writer.Style.Fonts.TryGetValue(role, out var spec)) continue;
            var font = fonts.Get(spec);
            if (font is null || !font.Chain.HasCjk) lacking.Add($"{role}: {string.Join(", ", spec.Families)}");
        }

        if (lacking.Count > 0)
        {
            var folders = new OwnText(fonts.Catalog.Folders.Count == 0 ? "(none)" : string.Join(", ", fonts.Catalog.Folders));
            var hint = FontDiagnostics.NoCjkFont.Hint;
            writer.Diagnostics.Report(FontDiagnostics.NoCjkFont, SourceLocation.None,
                $"找不到可用于 PDF 的中文 TrueType 字体（{new OwnText(string.Join("；", lacking))}）。已搜索：{folders}。{new OwnText(hint.Zh)}",
                $"No Chinese TrueType font for the PDF ({new OwnText(string.Join("; ", lacking))}). Searched: {folders}. {new OwnText(hint.En)}");
            return null;
        }

        ReportFallbacks(writer, fonts);
        return new LayoutContext(writer.Style, fonts, writer, cancellationToken);
    }

    /// <summary>Says (as information) which roles use a stand-in font and which fonts were skipped for PDF.</summary>
    private static void ReportFallbacks(WriterContext writer, FontBook fonts)
    {
        var used = new List<string>();
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (role, spec) in writer.Style.Fonts.OrderBy(p => p.Key))
        {
            var chain = fonts.Get(spec)!.Chain;
            foreach (var s in chain.Skipped) skipped.Add($"{s.Path}: {s.Reason}");
            if (spec.Families.Count > 0 && !chain.Faces[0].HasFamily(spec.Families[0])) used.Add($"{role}: {spec.Families[0]} → {chain.Faces[0].DisplayName}");
        }

        if (used.Count > 0)
        {
            writer.Diagnostics.Report(FontDiagnostics.FallbackUsed, SourceLocation.None,
                $"首选字体未安装，PDF 使用后备字体：{new OwnText(string.Join("；", used))}。",
                $"Preferred fonts are not installed; the PDF uses: {new OwnText(string.Join("; ", used))}.");
        }

        foreach (var s in skipped.Select(s => new OwnText(s)))
            writer.Diagnostics.Report(FontDiagnostics.FontSkipped, SourceLocation.None, $"字体未用于 PDF：{s}", $"Font not used for PDF: {s}");
    }

    /// <summary>
    /// For each role of the style, the family (as the style names it) of the face that sets its text: the first of
    /// its list installed here.
    /// </summary>
    public IReadOnlyDictionary<StyleRole, string> Typefaces() =>
        Style.Fonts.Where(f => f.Value.Families.Count > 0).ToDictionary(f => f.Key, f =>
        {
            var face = Font(f.Key).Chain.Faces[0];
            return f.Value.Families.FirstOrDefault(face.HasFamily) ?? face.DisplayName;
        });

    public RoleFont Font(StyleRole role, bool bold = false, bool italic = false) =>
        Fonts.Get(Style.Font(role), bold, italic) ?? throw new InvalidOperationException($"No font for {role} after the check.");

    /// <summary>Shapes inline runs into glyphs, choosing a face per character; characters no face has are reported and left out.</summary>
    public List<Glyph> Shape(IReadOnlyList<Inline> inlines, StyleRole role, SourceLocation location, bool bold = false)
    {
        var glyphs = new List<Glyph>();
        foreach (var inline in inlines) Append(glyphs, inline.Text, Font(role, bold || inline.IsBold, inline.IsItalic), location);
        AutoSpace.Apply(glyphs);
        return glyphs;
    }

    public List<Glyph> Shape(string text, StyleRole role, SourceLocation location, bool bold = false)
    {
        var glyphs = new List<Glyph>(text.Length);
        Append(glyphs, text, Font(role, bold), location);
        AutoSpace.Apply(glyphs);
        return glyphs;
    }

    public List<Glyph> Shape(string text, RoleFont font, SourceLocation location)
    {
        var glyphs = new List<Glyph>(text.Length);
        Append(glyphs, text, font, location);
        AutoSpace.Apply(glyphs);
        return glyphs;
    }

    private void Append(List<Glyph> glyphs, string text, RoleFont font, SourceLocation location)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            if (cp == '\r' || (cp < 0x20 && cp != '\n' && cp != '\t')) continue;
            if (cp == '\t') cp = ' ';
            if (cp == '\n')
            {
                glyphs.Add(new Glyph('\n', font.Primary, 0));
                continue;
            }

            var handle = font.For(cp);
            if (handle is null)
            {
                ReportMissing(cp, text, location, font);
                continue;
            }

            glyphs.Add(new Glyph(cp, handle, handle.Width(cp)));
        }
    }

    private void ReportMissing(int cp, string text, SourceLocation location, RoleFont font)
    {
        if (!reportedMissing.Add((location, cp))) return;
        var ch = new Rune(cp).ToString();
        var code = $"U+{cp:X4}";
        var excerpt = Excerpt(text, ch);
        var faces = new OwnText(string.Join(", ", font.Chain.Faces.Select(f => f.DisplayName)));
        Diagnostics.Report(FontDiagnostics.MissingGlyph, location,
            $"字符“{ch}”（{code}）在所有字体（{faces}）中都没有，出现在：“{excerpt}”。",
            $"The character '{ch}' ({code}) is in none of the fonts ({faces}); it occurs in: \"{excerpt}\".");
    }

    private static string Excerpt(string text, string ch)
    {
        var i = text.IndexOf(ch, StringComparison.Ordinal);
        var start = Math.Max(0, i - 15);
        var end = Math.Min(text.Length, i + ch.Length + 15);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
