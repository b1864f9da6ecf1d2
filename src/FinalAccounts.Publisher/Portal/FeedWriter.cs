using System.Globalization;
using System.Xml;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// feed.xml, an Atom feed (RFC 4287) of the year's publications: one entry per department edition set, updated on its
/// publish date, linking its web page and each public file, so a portal CMS can pick up new and changed disclosures.
/// Links are relative to the year folder, made absolute by <c>xml:base</c> when a base URL is configured; ids are the
/// page's address then, else a stable URN. Texts are escaped by the XML writer.
/// </summary>
public static class FeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(int year, string title, IReadOnlyList<PublishedDepartment> departments, PublicationInfo info) => PortalXml.Write(w =>
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("feed", Atom);
        w.WriteAttributeString("xml", "lang", null, "zh-CN");
        if (info.BaseUrl is { } b) w.WriteAttributeString("xml", "base", null, b);
        w.WriteElementString("title", Atom, PortalXml.Clean(title));
        w.WriteElementString("id", Atom, info.BaseUrl is { } bu ? BaseUrls.Combine(bu, PublicationNames.Feed) : $"urn:finacc:{y}");
        var dates = departments.Select(d => PortalDates.Of(d, info)).ToList();
        w.WriteElementString("updated", Atom, PortalDates.Atom(dates.Count > 0 ? dates.Max() : info.PublishDate ?? new DateOnly(year, 12, 31)));
        Link(w, "self", PublicationNames.Feed, "application/atom+xml", null);
        Link(w, "alternate", PublicationNames.Index, "text/html", null);
        w.WriteStartElement("author", Atom);
        w.WriteElementString("name", Atom, PortalXml.Clean(info.Issuer.Length > 0 ? info.Issuer : title));
        w.WriteEndElement();
        w.WriteElementString("generator", Atom, "FinalAccounts.Publisher");
        foreach (var d in departments.OrderByDescending(d => PortalDates.Of(d, info)).ThenBy(d => d.Id, StringComparer.Ordinal))
            Entry(w, d, info);
        w.WriteEndElement();
    });

    private static void Entry(XmlWriter w, PublishedDepartment d, PublicationInfo info)
    {
        var page = d.PublicFiles.FirstOrDefault(f => f.Format == "html");
        w.WriteStartElement("entry", Atom);
        w.WriteElementString("title", Atom, PortalXml.Clean(d.Manifest.Title.Length > 0 ? d.Manifest.Title : d.Manifest.Name));
        var pagePath = d.Id + "/" + (page?.Name ?? "");
        w.WriteElementString("id", Atom, info.BaseUrl is { } b && page is not null
            ? BaseUrls.Combine(b, pagePath)
            : $"urn:finacc:{d.Manifest.Year.ToString(CultureInfo.InvariantCulture)}:{d.Id}");
        w.WriteElementString("updated", Atom, PortalDates.Atom(PortalDates.Of(d, info)));
        w.WriteStartElement("author", Atom);
        w.WriteElementString("name", Atom, PortalXml.Clean(d.Manifest.Name));
        w.WriteEndElement();
        if (page is not null) Link(w, "alternate", pagePath, "text/html", null);
        foreach (var f in d.PublicFiles.Where(f => f != page))
            Link(w, "enclosure", d.Id + "/" + f.Name, MediaType(f.Name), f.Size);
        w.WriteElementString("summary", Atom, PortalXml.Clean($"{d.Manifest.Name}{d.Manifest.Year.ToString(CultureInfo.InvariantCulture)}年度部门决算"));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type, long? length)
    {
        w.WriteStartElement("link", Atom);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", string.Join("/", href.Split('/').Select(Uri.EscapeDataString)));
        w.WriteAttributeString("type", type);
        if (length is { } n) w.WriteAttributeString("length", n.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    /// <summary>The media type of a published file: its edition's (registry), else the open data's or the archive's.</summary>
    internal static string MediaType(string name)
    {
        var ext = Path.GetExtension(name);
        return WriterRegistry.Default.Formats.FirstOrDefault(f => f.Extension == ext)?.MediaType
            ?? ext switch
            {
                ".json" => "application/json",
                ".csv" => "text/csv",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".zip" => "application/zip",
                _ => "application/octet-stream",
            };
    }
}
