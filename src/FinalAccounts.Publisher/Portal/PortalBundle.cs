using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// <c>finacc bundle</c>: what the portal needs from a built year folder, as one deterministic .zip or a folder, with the
/// index at its top and SHA256SUMS (the form <c>sha256sum -c</c> checks) listing every other file. Only regular files
/// inside the year folder are taken: hidden ones (the lock, staging folders), the office's status page and draft
/// departments are left out, and links are never followed, nor names taken that SHA256SUMS cannot list (a control
/// character, a backslash): each is reported and left out. The year folder's lock is held while it is read, so no
/// build changes it meanwhile.
/// </summary>
public static class PortalBundle
{
    /// <summary>Writes the bundle of <paramref name="yearFolder"/> to <paramref name="output"/> (a .zip, else a folder); the files bundled, or null (reported).</summary>
    public static IReadOnlyList<string>? Write(string yearFolder, string output, DiagnosticBag bag, TimeSpan? lockTimeout = null,
        CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(yearFolder);
        var target = Path.GetFullPath(output);
        if (!File.Exists(Path.Combine(source, PublicationNames.Index)))
            return Refuse(bag, yearFolder, $"{yearFolder} 不是已生成的年度输出文件夹（没有 {PublicationNames.Index}）。",
                $"{yearFolder} is not a built output year folder (no {PublicationNames.Index}).");
        if (Inside(target, source) || Inside(source, target))
            return Refuse(bag, output, $"--out {output} 不能在年度输出文件夹之内，也不能包含它。", $"--out {output} must not be inside the year folder or contain it.");
        var zip = target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        if (!zip && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            return Refuse(bag, output, $"--out 文件夹 {output} 不是空的；请指定一个新的文件夹或 .zip 文件。",
                $"The --out folder {output} is not empty; name a new folder or a .zip file.");

        using var held = OutputLock.Acquire(source, lockTimeout ?? OutputLock.DefaultTimeout, bag, null, cancellationToken);
        if (held is null) return null;
        var files = new List<string>();
        Collect(source, "", files, bag);
        files.Sort(StringComparer.Ordinal);
        var checksums = Checksums(source, files, cancellationToken);
        try
        {
            if (zip) WriteZip(source, target, files, checksums, cancellationToken);
            else WriteFolder(source, target, files, checksums);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(output), $"无法写出 {output}：{e.Message}", $"Cannot write {output}: {e.Message}");
            return null;
        }

        return [.. files, PublicationNames.Checksums];
    }

    /// <summary>SHA256SUMS: each file's SHA-256 and name, in the files' order (hashed on every core).</summary>
    private static byte[] Checksums(string source, List<string> files, CancellationToken ct)
    {
        var hashes = new string[files.Count];
        EveryCore.For(files.Count, i => hashes[i] = Fingerprint.FileSha256(Path.Combine(source, files[i])), ct);
        var sums = new StringBuilder();
        for (var i = 0; i < files.Count; i++) sums.Append(hashes[i]).Append("  ").Append(files[i]).Append('\n');
        return Encoding.ASCII.GetBytes(sums.ToString());
    }

    /// <summary>
    /// The zip of the files. A department's files are packed as its archive (<c>&lt;id&gt;-&lt;year&gt;.zip</c>, beside
    /// them) already holds them: an entry of the same name, size and CRC is copied, not deflated again, so bundling a
    /// year costs little more than reading and writing its bytes.
    /// </summary>
    private static void WriteZip(string source, string target, List<string> files, byte[] checksums, CancellationToken ct)
    {
        var archive = new DeterministicZip();
        var archives = DepartmentArchives(source, files);
        foreach (var f in files)
            archive.AddFile(f, Path.Combine(source, f), f.IndexOf('/') is > 0 and var slash ? archives.GetValueOrDefault(f[..slash]) : null);
        archive.Add(PublicationNames.Checksums, checksums);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        AtomicFile.Write(target, stream => archive.Write(stream, ct));
    }

    /// <summary>The top-level zips whose entries all lie in one folder of the year (the departments' archives), by that folder.</summary>
    private static Dictionary<string, ZipDirectory> DepartmentArchives(string source, List<string> files)
    {
        var archives = new Dictionary<string, ZipDirectory>(StringComparer.Ordinal);
        foreach (var f in files.Where(f => !f.Contains('/') && f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
        {
            var zip = ZipDirectory.Read(Path.Combine(source, f));
            var folders = zip.Names.Select(n => n.IndexOf('/') is > 0 and var slash ? n[..slash] : "").Distinct().ToList();
            if (folders is [{ Length: > 0 } folder]) archives.TryAdd(folder, zip);
        }

        return archives;
    }

    /// <summary>Copies into a hidden staging folder beside the target, then moves it into place.</summary>
    private static void WriteFolder(string source, string target, List<string> files, byte[] checksums)
    {
        var staging = Path.Combine(Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar))!, "." + Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar)) + ".new");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        foreach (var f in files)
        {
            var to = Path.Combine(staging, f);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(source, f), to);
        }

        File.WriteAllBytes(Path.Combine(staging, PublicationNames.Checksums), checksums);
        if (Directory.Exists(target)) Directory.Delete(target);
        Directory.Move(staging, target);
    }

    /// <summary>Regular files under <paramref name="folder"/>, relative with '/': hidden entries skipped, links reported and skipped.</summary>
    private static void Collect(string root, string relative, List<string> files, DiagnosticBag bag)
    {
        var folder = Path.Combine(root, relative);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var name = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry.Name.StartsWith('.') || (relative.Length == 0 && OfficeOnly(entry.Name))) continue;
            if (name.Any(char.IsControl) || name.Contains('\\'))
            {
                // sha256sum -c reads one name per line and takes a backslash as an escape.
                bag.Report(PublishCodes.NameNotBundled, SourceLocation.OfFile(name), $"{name} 的文件名含控制字符或“\\”，不打包。",
                    $"The name {name} holds a control character or '\\' and is left out.");
                continue;
            }

            if (entry.LinkTarget is not null)
            {
                bag.Report(PublishCodes.LinkNotBundled, SourceLocation.OfFile(name), $"{name} 是链接，不打包（只打包年度输出文件夹中的文件）。",
                    $"{name} is a link and is left out (only files inside the year folder are bundled).");
                continue;
            }

            if (entry is DirectoryInfo && relative.Length == 0 && Manifest.Read(Path.Combine(entry.FullName, Manifest.FileName)) is { Draft: true })
            {
                bag.Report(PublishCodes.DraftNotBundled, SourceLocation.OfFile(name), $"{name} 是征求意见稿，不打包。",
                    $"{name} is a draft and is left out.");
                continue;
            }

            if (entry is DirectoryInfo) Collect(root, name, files, bag);
            else files.Add(name);
        }
    }

    /// <summary>
    /// Top-level files that are not the portal's: the checksum file the bundle writes itself, and the office's status page
    /// (every department's diagnostics, drafts and approvals), which stays in the finance office.
    /// </summary>
    private static bool OfficeOnly(string name) =>
        name is PublicationNames.Checksums or StatusPage.HtmlFile or StatusPage.JsonFile;

    private static bool Inside(string path, string folder)
    {
        var f = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).StartsWith(f, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string>? Refuse(DiagnosticBag bag, string place, string zh, string en)
    {
        bag.Report(PublishCodes.BundleFailed, SourceLocation.OfFile(place.Replace('\\', '/')), zh, en);
        return null;
    }
}
