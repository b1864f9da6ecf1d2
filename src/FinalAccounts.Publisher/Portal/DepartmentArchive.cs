using System.IO.Compression;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// output/&lt;year&gt;/&lt;id&gt;-&lt;year&gt;.zip: every file a department published, with its manifest, under
/// <c>&lt;id&gt;/</c>, as a <see cref="DeterministicZip"/>. It is made again only when the department's manifest changed
/// (a manifest lists every file's SHA-256, so an unchanged one means unchanged files), written beside and moved in.
/// </summary>
public static class DepartmentArchive
{
    /// <summary>The archive of <paramref name="department"/>, brought up to date; returns its path.</summary>
    public static string Update(string yearFolder, PublishedDepartment department, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(yearFolder, PublicationNames.Archive(department.BaseName));
        if (HoldsManifest(path, department)) return path;
        var folder = Path.Combine(yearFolder, department.Id);
        var zip = new DeterministicZip();
        foreach (var f in department.Manifest.Files)
        {
            zip.AddFile(department.Id + "/" + f.Name, Path.Combine(folder, f.Name));
        }

        zip.Add(department.Id + "/" + Manifest.FileName, department.ManifestBytes);
        AtomicFile.Write(path, stream => zip.Write(stream, cancellationToken));
        return path;
    }

    /// <summary>Whether the archive there holds exactly this manifest (then it holds these files).</summary>
    private static bool HoldsManifest(string path, PublishedDepartment department)
    {
        try
        {
            if (!File.Exists(path)) return false;
            using var archive = ZipFile.OpenRead(path);
            if (archive.GetEntry(department.Id + "/" + Manifest.FileName) is not { } entry || entry.Length != department.ManifestBytes.Length) return false;
            using var stream = entry.Open();
            var bytes = new byte[entry.Length];
            stream.ReadExactly(bytes);
            return bytes.AsSpan().SequenceEqual(department.ManifestBytes) && archive.Entries.Count == department.Manifest.Files.Count + 1;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
