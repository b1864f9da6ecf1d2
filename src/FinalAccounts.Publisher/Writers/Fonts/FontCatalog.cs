using System.Collections.Concurrent;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Finds fonts by family name (Chinese or Latin, as the font's name table spells it) in a list of folders, reads their
/// character coverage, and gives out standalone TrueType bytes (faces of .ttc collections extracted). Folders are
/// scanned once, lazily, on first use; everything is cached and thread-safe. Create one per process and share it.
/// </summary>
public sealed partial class FontCatalog
{
    private readonly Lazy<ScanResult> scan;
    private readonly ConcurrentDictionary<string, Lazy<GlyphCoverage?>> coverage = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> bytes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> common = new(StringComparer.Ordinal);

    /// <summary>
    /// A catalog of the fonts in exactly these folders (searched recursively, earlier folders first). With a
    /// <paramref name="cacheFile"/>, what each font file holds is kept there between runs (see <see cref="FontCatalogCache"/>).
    /// </summary>
    public FontCatalog(IEnumerable<string> folders, string? cacheFile = null)
    {
        Folders = folders.Where(f => !string.IsNullOrWhiteSpace(f)).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        scan = new Lazy<ScanResult>(() => Scan(Folders, cacheFile), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The project's <paramref name="projectFontsFolder"/> (may be null or missing) first, then the operating system's font
    /// folders (Windows, Linux, macOS, including per-user folders); the scan is cached in the user's cache folder.
    /// </summary>
    public static FontCatalog ForSystem(string? projectFontsFolder = null)
    {
        IReadOnlyList<string> folders = projectFontsFolder is null ? SystemFolders() : [projectFontsFolder, .. SystemFolders()];
        return new FontCatalog(folders, FontCatalogCache.DefaultFile(folders.Select(Path.GetFullPath).ToList()));
    }

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Every face found, in folder and file order (including CFF faces, which PDF output skips).</summary>
    public IReadOnlyList<FontFace> Faces => scan.Value.Faces;

    /// <summary>Font files that could not be read, with the reason.</summary>
    public IReadOnlyList<SkippedFont> Skipped => scan.Value.Skipped;

    /// <summary>
    /// The faces of a family, best first: the regular (or, when <paramref name="bold"/>, the bold) face first.
    /// Empty when no font has that family name.
    /// </summary>
    public IReadOnlyList<FontFace> FindFamily(string family, bool bold = false)
    {
        if (!scan.Value.ByFamily.TryGetValue(FontNames.Normalize(family), out var faces)) return [];
        return faces.OrderBy(f => (f.IsBold == bold ? 0 : 1) + (f.IsItalic ? 2 : 0)).ToList();
    }

    /// <summary>
    /// Resolves a role's family list: each family found becomes a link of the chain, in order. Only faces that can be
    /// embedded in a PDF are used when <paramref name="requirePdfEmbeddable"/>; the others are listed as skipped with a reason.
    /// </summary>
    public FontFallbackChain Resolve(IReadOnlyList<string> families, bool bold = false, bool requirePdfEmbeddable = true)
    {
        var faces = new List<FontFace>();
        var missing = new List<string>();
        var skipped = new List<SkippedFont>();
        foreach (var family in families)
        {
            var found = FindFamily(family, bold);
            if (found.Count == 0)
            {
                missing.Add(family);
                continue;
            }

            var usable = found.FirstOrDefault(f => f.CanEmbedInPdf || !requirePdfEmbeddable);
            if (usable is null)
            {
                skipped.Add(new SkippedFont(found[0].Path, $"'{family}' has CFF (PostScript) outlines; PDFsharp embeds those whole, use a TrueType font"));
                continue;
            }

            if (!faces.Contains(usable)) faces.Add(usable);
        }

        return new FontFallbackChain(this, faces, missing, skipped, bold);
    }

    /// <summary>Whether the face maps <paramref name="codePoint"/> to a glyph (false when its cmap cannot be read).</summary>
    public bool HasGlyph(FontFace face, int codePoint) => CoverageOf(face)?.Has(codePoint) ?? false;

    /// <summary>The face as a standalone TrueType file (extracted from its collection when needed); cached.</summary>
    public byte[] GetFontBytes(FontFace face) =>
        (bytes.TryGetValue(face.Key, out var known) ? known
            : bytes.GetOrAdd(face.Key, static (_, f) => new Lazy<byte[]>(() => CollectionExtractor.Extract(f.Path, f.FaceIndex)), face)).Value;

    /// <summary>
    /// The face cut down to the common characters' glyphs (<see cref="CommonFace"/>), for a document that uses no
    /// other; cached. Null when the face cannot be cut down (no TrueType outlines, or a file it cannot read that way):
    /// the whole face serves then.
    /// </summary>
    public byte[]? GetCommonFontBytes(FontFace face) =>
        !CutsCommonFaces ? null : (common.TryGetValue(face.Key, out var known) ? known
            : common.GetOrAdd(face.Key, static (_, f) => new Lazy<byte[]?>(() => CutDown(f)), face)).Value;

    /// <summary>Whether the PDF writer may draw from common cuts (on by default; tests turn it off to compare the PDFs).</summary>
    internal bool CutsCommonFaces { get; init; } = true;

    private static byte[]? CutDown(FontFace face)
    {
        try
        {
            return CommonFace.Build(face.Path, face.FaceIndex);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentOutOfRangeException
                                      or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    // Asked once per character laid out: the lookup allocates nothing once the face is known.
    private GlyphCoverage? CoverageOf(FontFace face) =>
        (coverage.TryGetValue(face.Key, out var known) ? known
            : coverage.GetOrAdd(face.Key, static (_, f) => new Lazy<GlyphCoverage?>(() => ReadCoverage(f)), face)).Value;

    private static GlyphCoverage? ReadCoverage(FontFace face)
    {
        try
        {
            return GlyphCoverage.Read(face);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
