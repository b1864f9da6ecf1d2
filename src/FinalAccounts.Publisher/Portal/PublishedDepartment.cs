using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Portal;

/// <summary>A department published in a year folder: its id, manifest (and that file's bytes) and base name.</summary>
public sealed record PublishedDepartment(string Id, Manifest Manifest, byte[] ManifestBytes)
{
    public string BaseName => PublicationNames.BaseName(Id, Manifest.Year);

    /// <summary>
    /// The files a reader downloads: each edition's document (not the Markdown's figures) and the open data, which
    /// belongs to no edition (data.json, the tables' workbook and CSVs).
    /// </summary>
    public IEnumerable<ManifestFile> PublicFiles => Manifest.Files.Where(f =>
        f.Format is null || (WriterRegistry.Default.Find(f.Format) is { } edition && f.Name == BaseName + edition.Extension));

    /// <summary>Every department published in <paramref name="yearFolder"/> with a readable manifest, by id; drafts for review never.</summary>
    public static IReadOnlyList<PublishedDepartment> ReadAll(string yearFolder)
    {
        var list = new List<PublishedDepartment>();
        if (!Directory.Exists(yearFolder)) return list;
        foreach (var dir in Directory.GetDirectories(yearFolder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(dir);
            if (id.StartsWith('.') || new DirectoryInfo(dir).LinkTarget is not null) continue;
            var path = Path.Combine(dir, Manifest.FileName);
            if (Manifest.Read(path) is not { Draft: false } m || m.Department != id) continue;
            list.Add(new PublishedDepartment(id, m, File.ReadAllBytes(path)));
        }

        return list;
    }
}
