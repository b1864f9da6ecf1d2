using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The publication already in output/&lt;year&gt;/&lt;id&gt;/, as its manifest describes it: whether a build may skip it,
/// and which of its files a build of fewer formats carries into the new publication. A format that is not rebuilt is
/// kept only when it was built from the same inputs (fingerprint) and its files are on disk as listed; otherwise the
/// build is refused (FA8006) with the formats to build together, so no format is ever unpublished or left stale.
/// </summary>
internal sealed class PreviousPublication
{
    private readonly string folder;

    private PreviousPublication(string folder, Manifest? manifest) => (this.folder, Manifest) = (folder, manifest);

    /// <summary>The published manifest, or null when there is none (or it cannot be read).</summary>
    public Manifest? Manifest { get; }

    public static PreviousPublication Read(string folder) => new(folder, Manifest.Read(Path.Combine(folder, Manifest.FileName)));

    /// <summary>Nothing to do: built from these inputs, holding every requested format, each listed file there with its size.</summary>
    public bool IsCurrent(string fingerprint, IReadOnlyList<string> formats) =>
        Manifest is { } m && m.Fingerprint == fingerprint
        && formats.All(format => m.Files.Any(f => FormatOf(f) == format))
        && m.Files.All(f => new FileInfo(Path.Combine(folder, f.Name)) is { Exists: true } file && file.Length == f.Size);

    /// <summary>
    /// The published files of the formats this build does not write, read back to be published again; null, with FA8006
    /// reported, when they were built from other inputs or no longer match the manifest.
    /// </summary>
    public IReadOnlyList<OutputFile>? Keep(string fingerprint, IReadOnlyList<string> formats, DiagnosticBag bag)
    {
        if (Manifest is not { } m) return [];
        var kept = m.Files.Where(f => FormatOf(f) is { } format && !formats.Contains(format)).ToList();
        if (kept.Count == 0) return [];
        var keptFormats = kept.Select(f => FormatOf(f)!).Distinct().ToList();
        var together = "--formats " + string.Join(",", Ordered(formats.Concat(keptFormats)));
        var (listed, built) = (string.Join("、", Ordered(keptFormats)), string.Join("、", formats));
        var place = SourceLocation.OfFile(folder.Replace('\\', '/'));
        if (m.Fingerprint != fingerprint)
        {
            bag.Report(PublishCodes.FormatsWouldBeStale, place,
                $"已发布的 {listed} 是用不同的数据、模板或工具版本生成的；只生成 {built} 会使它们与新文件不一致，因此没有发布" +
                $"（原有文件未改动）。请一起重新生成：{together}。",
                $"The published {listed.Replace("、", ", ")} were built from other data, templates or tool version; building only " +
                $"{built.Replace("、", ", ")} would leave them inconsistent with the new files, so nothing was published " +
                $"(the previous output is untouched). Build them together: {together}.");
            return null;
        }

        var files = new List<OutputFile>();
        foreach (var f in kept)
        {
            var path = Path.Combine(folder, f.Name);
            var bytes = ReadOrNull(path);
            if (bytes is not null && bytes.LongLength == f.Size && Fingerprint.Sha256(bytes) == f.Sha256)
            {
                files.Add(new OutputFile(f.Name, bytes, FormatOf(f)));
                continue;
            }

            bag.Report(PublishCodes.FormatsWouldBeStale, SourceLocation.OfFile(path.Replace('\\', '/')),
                $"已发布的 {f.Name} 与 {Manifest.FileName} 记录的大小或 SHA-256 不符（被改动或缺失），不能沿用，因此没有发布" +
                $"（原有文件未改动）。请一起重新生成：{together}。",
                $"The published {f.Name} no longer matches its size or SHA-256 in {Manifest.FileName} (changed or missing) and " +
                $"cannot be kept, so nothing was published (the previous output is untouched). Build them together: {together}.");
            return null;
        }

        return files;
    }

    /// <summary>
    /// A file's format. Manifests written before formats were recorded: a document by its extension; a figure (whose
    /// document is listed beside it) and data.json belong to none.
    /// </summary>
    private static string? FormatOf(ManifestFile f) =>
        f.Format ?? WriterRegistry.Default.Formats.FirstOrDefault(w => w.Extension == Path.GetExtension(f.Name))?.Name;

    /// <summary>Formats in the order the options list them, others after.</summary>
    private static IEnumerable<string> Ordered(IEnumerable<string> formats)
    {
        var set = formats.ToHashSet(StringComparer.Ordinal);
        return BuildOptions.AllFormats.Where(set.Contains).Concat(set.Except(BuildOptions.AllFormats).Order(StringComparer.Ordinal));
    }

    private static byte[]? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
