using System.Text;
using System.Xml;

namespace FinalAccounts.Publisher.Portal;

/// <summary>XML as the portal files are written: UTF-8 without BOM, indented, "\n" line ends, every text escaped by the writer.</summary>
internal static class PortalXml
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = true,
        };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Text with the characters XML 1.0 cannot hold dropped (a name is data; the feed must stay well-formed).</summary>
    public static string Clean(string text) => string.Concat(text.Where(XmlConvert.IsXmlChar));
}
