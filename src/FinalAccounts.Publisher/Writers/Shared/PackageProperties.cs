using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Document;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// docProps/core.xml and docProps/app.xml of an OpenXML package (Word edition, tables' workbook) from
/// <see cref="DocumentInfo"/>, under the given relationship ids; both dates are the document's own date.
/// </summary>
public static class PackageProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(DocumentFormat.OpenXml.Packaging.OpenXmlPackage package, DocumentInfo info, string coreId, string appId)
    {
        var core = package.AddNewPart<CoreFilePropertiesPart>(coreId);
        using (var stream = core.GetStream(FileMode.Create))
            WriteCore(stream, info);
        var app = package.AddNewPart<ExtendedFilePropertiesPart>(appId);
        app.Properties = new Ap.Properties(
            new Ap.Application("FinalAccounts.Publisher"),
            new Ap.DocumentSecurity("0"),
            new Ap.Company(info.Author));
    }

    private static void WriteCore(Stream stream, DocumentInfo info)
    {
        var settings = new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument(true);
        w.WriteStartElement("cp", "coreProperties", Cp);
        w.WriteAttributeString("xmlns", "dc", null, Dc);
        w.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        w.WriteAttributeString("xmlns", "xsi", null, Xsi);
        w.WriteElementString("dc", "title", Dc, info.Title);
        w.WriteElementString("dc", "subject", Dc, info.Subject);
        w.WriteElementString("dc", "creator", Dc, info.Author);
        w.WriteElementString("cp", "keywords", Cp, string.Join("; ", info.Keywords));
        w.WriteElementString("dc", "language", Dc, info.Language);
        var date = info.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement("dcterms", name, DcTerms);
            w.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            w.WriteString(date);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }
}
