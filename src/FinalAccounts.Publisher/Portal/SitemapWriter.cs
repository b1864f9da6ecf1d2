namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// sitemap.xml for the year (sitemaps.org protocol 0.9): the index, then each department's public files and archive, with
/// the department's publish date as lastmod. The protocol wants absolute addresses, so it needs the base URL.
/// </summary>
public static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(string baseUrl, IReadOnlyList<PublishedDepartment> departments, PublicationInfo info) => PortalXml.Write(w =>
    {
        w.WriteStartElement("urlset", Ns);
        var latest = departments.Count > 0 ? departments.Max(d => PortalDates.Of(d, info)) : info.PublishDate;
        Url(w, BaseUrls.Combine(baseUrl, PublicationNames.Index), latest);
        foreach (var d in departments.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var date = PortalDates.Of(d, info);
            foreach (var f in d.PublicFiles.OrderBy(f => f.Name, StringComparer.Ordinal)) Url(w, BaseUrls.Combine(baseUrl, d.Id + "/" + f.Name), date);
            Url(w, BaseUrls.Combine(baseUrl, PublicationNames.Archive(d.BaseName)), date);
        }

        w.WriteEndElement();
    });

    private static void Url(System.Xml.XmlWriter w, string loc, DateOnly? date)
    {
        w.WriteStartElement("url", Ns);
        w.WriteElementString("loc", Ns, loc);
        if (date is { } d) w.WriteElementString("lastmod", Ns, PortalDates.Iso(d));
        w.WriteEndElement();
    }
}
