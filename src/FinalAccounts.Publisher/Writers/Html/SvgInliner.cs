using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// Makes a drawn SVG fit to sit inside the page: no XML prolog, ids prefixed so two charts never clash, role="img" with
/// the alt text as aria-label and title, a viewBox so it scales. Refuses (null) what is not SVG or holds active content.
/// </summary>
internal static class SvgInliner
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static string? Inline(string svgText, string prefix, string label, double widthPt)
    {
        XDocument doc;
        try
        {
            // No DTD: entities in a drawn chart are never needed and could expand without bound.
            using var reader = XmlReader.Create(new StringReader(svgText), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = doc.Root;
        if (root is null || root.Name.LocalName != "svg") return null;
        if (!IsPassive(root)) return null;
        PrefixIds(root, prefix + "-");
        if (root.Attribute("viewBox") is null && Number(root.Attribute("width")) is { } w && Number(root.Attribute("height")) is { } h)
            root.SetAttributeValue("viewBox", $"0 0 {w.ToString(CultureInfo.InvariantCulture)} {h.ToString(CultureInfo.InvariantCulture)}");
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", label);
        root.SetAttributeValue("focusable", "false");
        if (widthPt > 0) root.SetAttributeValue("style", $"max-width:{widthPt.ToString("0.##", CultureInfo.InvariantCulture)}pt");
        foreach (var old in root.Elements(root.Name.Namespace + "title").ToList()) old.Remove();
        root.AddFirst(new XElement(root.Name.Namespace == XNamespace.None ? Svg + "title" : root.Name.Namespace + "title", label));
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.None };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(writer, settings)) root.WriteTo(xml);
        return writer.ToString();
    }

    /// <summary>No script, no foreign content, no event handlers, no links out of the image.</summary>
    private static bool IsPassive(XElement root)
    {
        foreach (var e in root.DescendantsAndSelf())
        {
            if (e.Name.LocalName is "script" or "foreignObject" or "iframe" or "a") return false;
            foreach (var a in e.Attributes())
            {
                if (a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return false;
                if (a.Name.LocalName == "href" && !a.Value.StartsWith('#') && !a.Value.StartsWith("data:image/", StringComparison.Ordinal)) return false;
            }
        }

        return true;
    }

    private static void PrefixIds(XElement root, string prefix)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in root.DescendantsAndSelf())
            if (e.Attribute("id") is { } id)
                id.Value = map[id.Value] = prefix + id.Value;
        if (map.Count == 0) return;
        foreach (var e in root.DescendantsAndSelf())
        foreach (var a in e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName != "id"))
        {
            var value = a.Value;
            foreach (var (from, to) in map)
                value = value.Replace("url(#" + from + ")", "url(#" + to + ")", StringComparison.Ordinal);
            if ((a.Name == XLink + "href" || a.Name.LocalName == "href") && value.StartsWith('#') && map.TryGetValue(value[1..], out var target))
                value = "#" + target;
            a.Value = value;
        }
    }

    private static double? Number(XAttribute? a)
    {
        if (a is null) return null;
        var text = a.Value.Trim();
        if (text.EndsWith("px", StringComparison.Ordinal)) text = text[..^2];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
    }
}
