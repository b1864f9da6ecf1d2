using System.Collections.Concurrent;
using FinalAccounts.Publisher.Writers.Fonts;
using PdfSharp.Fonts;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-global and can be set only once, so this one is installed once and serves every
/// catalog: faces are registered under their key (file#index) before an XFont names them. Thread-safe.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    // The one static: PDFsharp itself holds the resolver globally, this only remembers which instance we installed.
    private static readonly Lazy<PdfFontResolver> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    // The name a face's common cut (FontCatalog.GetCommonFontBytes) is known by: its key and this suffix.
    private const string CommonSuffix = "|common";

    private readonly ConcurrentDictionary<string, (FontCatalog Catalog, FontFace Face, bool Common)> faces = new(StringComparer.Ordinal);

    private PdfFontResolver()
    {
    }

    /// <summary>The installed resolver (installing it on first use).</summary>
    public static PdfFontResolver Instance => Installed.Value;

    /// <summary>Makes a face known to PDFsharp; returns the family name to give XFont.</summary>
    public string Register(FontCatalog catalog, FontFace face)
    {
        faces.TryAdd(face.Key, (catalog, face, false));
        return face.Key;
    }

    /// <summary>Makes a face's common cut known to PDFsharp; returns its family name, or null when the face has none.</summary>
    public string? RegisterCommon(FontCatalog catalog, FontFace face)
    {
        if (catalog.GetCommonFontBytes(face) is null) return null;
        faces.TryAdd(face.Key + CommonSuffix, (catalog, face, true));
        return face.Key + CommonSuffix;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        faces.TryGetValue(familyName, out var entry)
            ? new FontResolverInfo(familyName, bold && !entry.Face.IsBold, italic && !entry.Face.IsItalic)
            : null;

    public byte[]? GetFont(string faceName) =>
        !faces.TryGetValue(faceName, out var entry) ? null
            : entry.Common ? entry.Catalog.GetCommonFontBytes(entry.Face) : entry.Catalog.GetFontBytes(entry.Face);

    private static PdfFontResolver Install()
    {
        var resolver = new PdfFontResolver();
        if (GlobalFontSettings.FontResolver is not null)
            throw new InvalidOperationException("Another PDFsharp font resolver is installed; the PDF writer must own the process-global resolver.");
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    }
}
