using System.Collections.Concurrent;
using System.Globalization;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Turns a style's <see cref="FontSpec"/>s into <see cref="RoleFont"/>s, caching them (and so their width caches) for the
/// life of the writer. Thread-safe.
/// </summary>
internal sealed class FontBook(FontCatalog catalog)
{
    private readonly ConcurrentDictionary<string, Lazy<RoleFont?>> fonts = new(StringComparer.Ordinal);

    public FontCatalog Catalog => catalog;

    /// <summary>The font for a spec, bold when the spec or the run is; null when no family of the list is installed.</summary>
    public RoleFont? Get(FontSpec spec, bool bold = false, bool italic = false, double? size = null)
    {
        bold |= spec.Bold;
        var pt = size ?? spec.SizePt;
        return fonts.GetOrAdd(Key(spec, pt, bold, italic), _ => new Lazy<RoleFont?>(() => Create(spec.Families, pt, bold, italic))).Value;
    }

    /// <summary>Whether the spec's font (at its size, as <see cref="Get(FontSpec, bool, bool, double?)"/> gives it) is made already.</summary>
    public bool IsLoaded(FontSpec spec) =>
        fonts.TryGetValue(Key(spec, spec.SizePt, spec.Bold, false), out var font) && font.IsValueCreated;

    private static string Key(FontSpec spec, double pt, bool bold, bool italic) =>
        string.Join("|", spec.Families) + "|" + pt.ToString("R", CultureInfo.InvariantCulture) + (bold ? "|b" : "") + (italic ? "|i" : "");

    private RoleFont? Create(IReadOnlyList<string> families, double size, bool bold, bool italic)
    {
        var chain = catalog.Resolve(families, bold);
        if (chain.Faces.Count == 0) return null;
        var resolver = PdfFontResolver.Instance;
        var handles = chain.Faces.Select(f => new FontHandle(f, resolver.Register(catalog, f), resolver.RegisterCommon(catalog, f), size, bold, italic)).ToArray();
        return new RoleFont(chain, handles);
    }
}
