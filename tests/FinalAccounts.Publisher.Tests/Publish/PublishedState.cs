using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// What a publisher relies on in an output year folder, as a list of differences (empty when it holds): every department
/// holds exactly the files its manifest lists, each with that size and SHA-256, and index.html lists exactly the public
/// files on disk and each department's archive with their sizes and SHA-256. Free of the test framework, so the fuzz benchmark checks the same.
/// </summary>
internal static partial class PublishedState
{
    /// <summary>Every way the year folder differs from its manifests and index.</summary>
    public static IEnumerable<string> Mismatches(string yearFolder)
    {
        foreach (var department in Departments(yearFolder))
            foreach (var m in ManifestMismatches(department)) yield return m;
        foreach (var m in IndexMismatches(yearFolder)) yield return m;
    }

    public static IEnumerable<string> ManifestMismatches(string department)
    {
        var where = Path.GetFileName(department);
        var manifest = Manifest.Read(Path.Combine(department, Manifest.FileName));
        if (manifest is null)
        {
            yield return $"{where}: no readable manifest";
            yield break;
        }

        var onDisk = Files(department).Select(f => Path.GetRelativePath(department, f).Replace('\\', '/'))
            .Where(n => n != Manifest.FileName).ToHashSet(StringComparer.Ordinal);
        var listed = manifest.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var n in onDisk.Except(listed).Order(StringComparer.Ordinal)) yield return $"{where}: {n} on disk, not in the manifest";
        foreach (var n in listed.Except(onDisk).Order(StringComparer.Ordinal)) yield return $"{where}: {n} in the manifest, not on disk";
        foreach (var f in manifest.Files.Where(f => onDisk.Contains(f.Name)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(department, f.Name));
            if (bytes.LongLength != f.Size || Fingerprint.Sha256(bytes) != f.Sha256)
                yield return $"{where}: {f.Name} differs from its manifest entry";
        }
    }

    /// <summary>
    /// The index lists each department's public files (each edition's document and the open data, not figures or the
    /// manifest) and its archive once, with the size and SHA-256 on disk, and nothing else; each archive holds exactly
    /// the department's files and manifest, byte for byte.
    /// </summary>
    public static IEnumerable<string> IndexMismatches(string yearFolder)
    {
        var indexFile = Path.Combine(yearFolder, "index.html");
        var onDisk = Departments(yearFolder).SelectMany(PublicFiles)
            .Select(f => $"{Path.GetRelativePath(yearFolder, f).Replace('\\', '/')} {new FileInfo(f).Length} {Fingerprint.Sha256(File.ReadAllBytes(f))}")
            .ToHashSet(StringComparer.Ordinal);
        if (!File.Exists(indexFile))
        {
            if (onDisk.Count > 0) yield return "index.html is missing";
            yield break;
        }

        var listed = IndexRow().Matches(File.ReadAllText(indexFile))
            .Select(m => $"{Uri.UnescapeDataString(m.Groups[1].Value)} {m.Groups[2].Value} {m.Groups[3].Value}").ToList();
        foreach (var r in listed.GroupBy(r => r).Where(g => g.Count() > 1)) yield return $"index.html lists {r.Key} twice";
        foreach (var r in listed.Except(onDisk).Order(StringComparer.Ordinal)) yield return $"index.html lists {r}, not on disk";
        foreach (var r in onDisk.Except(listed).Order(StringComparer.Ordinal)) yield return $"{r} on disk, not in index.html";
        foreach (var department in Departments(yearFolder))
            if (ArchiveMismatch(yearFolder, department) is { } m) yield return m;
    }

    /// <summary>A department's public files by its manifest (none without one), then its archive beside the index.</summary>
    private static IEnumerable<string> PublicFiles(string department)
    {
        if (Manifest.Read(Path.Combine(department, Manifest.FileName)) is not { } m) return [];
        var baseName = m.Department + "-" + m.Year;
        return m.Files.Where(f => f.Format is null || Path.GetFileNameWithoutExtension(f.Name) == baseName)
            .Select(f => Path.Combine(department, f.Name))
            .Append(Path.Combine(Path.GetDirectoryName(department)!, baseName + ".zip"))
            .Where(File.Exists);
    }

    /// <summary>Why the department's archive does not hold its folder's files under its id, byte for byte; null when it does.</summary>
    private static string? ArchiveMismatch(string yearFolder, string department)
    {
        if (Manifest.Read(Path.Combine(department, Manifest.FileName)) is not { } m) return null;
        var id = Path.GetFileName(department);
        var path = Path.Combine(yearFolder, $"{id}-{m.Year}.zip");
        if (!File.Exists(path)) return $"{id}: no archive";
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        var inZip = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return Fingerprint.Sha256(copy.ToArray());
        });
        var expected = Snapshot(department).ToDictionary(p => id + "/" + p.Key, p => p.Value);
        return inZip.Count == expected.Count && inZip.All(e => expected.GetValueOrDefault(e.Key) == e.Value) ? null : $"{id}: the archive differs from the folder";
    }

    /// <summary>The published department folders (staging and retired folders start with a dot).</summary>
    public static IEnumerable<string> Departments(string yearFolder) =>
        Directory.GetDirectories(yearFolder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal);

    /// <summary>Each file's hash, by path relative to <paramref name="folder"/> (the office status page, which reports each run, aside).</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Files(folder).Where(f => Path.GetFileName(f) is not (StatusPage.HtmlFile or StatusPage.JsonFile)).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Fingerprint.Sha256(File.ReadAllBytes(f)));

    private static string[] Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories);

    [GeneratedRegex("""<td class="file"><a href="([^"]+)">[^<]*</a></td><td class="num"><data value="(\d+)">[^<]*</data></td><td class="hash"><code>([0-9a-f]{64})</code>""")]
    private static partial Regex IndexRow();
}
