using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// What a year folder offers the portal besides the departments: each department's archive, the citizen index, the Atom
/// feed, the sitemap (with a base URL) and the JSON Schemas, all made from the published manifests and each written
/// beside and moved in. The caller holds the year folder's <see cref="OutputLock"/>.
/// </summary>
public static class YearPortal
{
    /// <summary>Brings the year's portal files up to date; returns the index's path, or null when the year folder does not exist.</summary>
    public static string? Write(string outputRoot, int year, PublicationInfo info, DocumentStyle? style, DiagnosticBag bag,
        CancellationToken cancellationToken = default)
    {
        var yearFolder = OutputPublisher.YearFolder(outputRoot, year);
        if (!Directory.Exists(yearFolder)) return null;
        var departments = PublishedDepartment.ReadAll(yearFolder);
        // The archives are independent and their deflating is most of this step's time (about 45 ms of CPU each on a
        // 2-core VM, 9 s for 200 departments): made on every core, listed in the departments' order.
        var entries = new PortalEntry[departments.Count];
        EveryCore.For(departments.Count, i => entries[i] = Entry(yearFolder, departments[i], info, cancellationToken), cancellationToken);

        var words = (style ?? DocumentStyle.Default).Words.Portal;
        var title = info.Title ?? PublishedWords.Fill(words.Title, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, schema) in PortalSchemas.All) AtomicFile.Write(Path.Combine(yearFolder, name), schema);
        AtomicFile.Write(Path.Combine(yearFolder, PublicationNames.Feed), FeedWriter.Write(year, title, departments, info));
        var sitemap = Path.Combine(yearFolder, PublicationNames.Sitemap);
        if (info.BaseUrl is { } baseUrl) AtomicFile.Write(sitemap, SitemapWriter.Write(baseUrl, departments, info));
        else
        {
            // A sitemap of another address would mislead a crawler more than none.
            if (File.Exists(sitemap)) File.Delete(sitemap);
            bag.Report(PublishCodes.NoBaseUrl, SourceLocation.OfFile(yearFolder.Replace('\\', '/')),
                "没有配置门户网址（publication.yaml 的 base_url 或 --base-url），未生成 sitemap.xml。",
                "No portal address (base_url in publication.yaml or --base-url): sitemap.xml was not written.");
        }

        var index = Path.Combine(yearFolder, PublicationNames.Index);
        AtomicFile.Write(index, stream => new PortalIndexWriter(style).Write(year, entries, stream, title, info.Issuer, info.PublishDate));
        return index;
    }

    /// <summary>A department's line of the index: its public files and its archive, brought up to date.</summary>
    private static PortalEntry Entry(string yearFolder, PublishedDepartment d, PublicationInfo info, CancellationToken cancellationToken)
    {
        var archive = DepartmentArchive.Update(yearFolder, d, cancellationToken);
        var files = d.PublicFiles.Select(f => new PortalFile($"{d.Id}/{f.Name}", Path.GetExtension(f.Name).TrimStart('.'), f.Size, f.Sha256))
            .Append(new PortalFile(Path.GetFileName(archive), "zip", new FileInfo(archive).Length, Fingerprint.FileSha256(archive)))
            .ToList();
        return new PortalEntry(d.Id, d.Manifest.Name, d.Manifest.Year, files,
            info.Supervisors.GetValueOrDefault(d.Id), PortalDates.Iso(PortalDates.Of(d, info)));
    }
}
