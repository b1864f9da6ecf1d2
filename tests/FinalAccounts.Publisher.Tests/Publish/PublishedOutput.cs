using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// What a publisher relies on in an output year folder: every department holds exactly the files its manifest lists,
/// each with that size and SHA-256, and index.html lists exactly the files on disk with their sizes and SHA-256.
/// </summary>
internal static partial class PublishedOutput
{
    /// <summary>Every department matches its manifest and the index matches the disk.</summary>
    public static void AssertConsistent(string yearFolder, string context = "")
    {
        foreach (var department in Departments(yearFolder)) AssertMatchesManifest(department, context);
        AssertIndexMatchesDisk(yearFolder, context);
    }

    public static void AssertMatchesManifest(string department, string context = "")
    {
        var where = $"{context} {Path.GetFileName(department)}";
        var manifest = Manifest.Read(Path.Combine(department, Manifest.FileName));
        Assert.That(manifest, Is.Not.Null, $"{where}: no readable manifest");
        var onDisk = Directory.GetFiles(department, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(department, f).Replace('\\', '/'))
            .Where(n => n != Manifest.FileName)
            .Order(StringComparer.Ordinal);
        Assert.That(onDisk, Is.EqualTo(manifest!.Files.Select(f => f.Name).Order(StringComparer.Ordinal)), $"{where}: files on disk");
        foreach (var f in manifest.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(department, f.Name));
            Assert.That((bytes.LongLength, Fingerprint.Sha256(bytes)), Is.EqualTo((f.Size, f.Sha256)), $"{where}: {f.Name}");
        }
    }

    /// <summary>The index lists each department file (manifest.json included) once, with its size and SHA-256, and nothing else.</summary>
    public static void AssertIndexMatchesDisk(string yearFolder, string context = "")
    {
        var index = File.ReadAllText(Path.Combine(yearFolder, "index.html"));
        var listed = IndexRow().Matches(index)
            .Select(m => (Link: Uri.UnescapeDataString(m.Groups[1].Value), Size: long.Parse(m.Groups[2].Value), Sha256: m.Groups[3].Value))
            .OrderBy(r => r.Link, StringComparer.Ordinal);
        var onDisk = Departments(yearFolder)
            .SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => (Link: Path.GetRelativePath(yearFolder, f).Replace('\\', '/'), Size: new FileInfo(f).Length, Sha256: Fingerprint.Sha256(File.ReadAllBytes(f))))
            .OrderBy(r => r.Link, StringComparer.Ordinal);
        Assert.That(listed, Is.EqualTo(onDisk), $"{context}: index.html against the disk");
    }

    /// <summary>The published department folders (staging and retired folders start with a dot).</summary>
    public static IEnumerable<string> Departments(string yearFolder) =>
        Directory.GetDirectories(yearFolder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal);

    /// <summary>Each file's hash, by path relative to <paramref name="folder"/>.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Fingerprint.Sha256(File.ReadAllBytes(f)));

    [GeneratedRegex("""<td class="file"><a href="([^"]+)">[^<]*</a></td><td class="num"><data value="(\d+)">[^<]*</data></td><td class="hash"><code>([0-9a-f]{64})</code>""")]
    private static partial Regex IndexRow();
}
