using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>How the portal index names, orders, sizes and links files.</summary>
internal static class PortalFormats
{
    /// <summary>The files that are not editions: the tables' workbook, open data, then the archive.</summary>
    private static readonly string[] Data = ["xlsx", "json", "csv", "zip"];

    /// <summary>
    /// What a reader sees a kind of file called: the style's word (portal <c>formats</c>), else an edition's registered
    /// title (so a new edition such as the Excel tables is named without a word of its own), else the format in capitals.
    /// </summary>
    public static string Label(string format, PortalWords words)
    {
        var name = format.Trim().ToLowerInvariant();
        if (words.Formats.GetValueOrDefault(name) is { Length: > 0 } word) return word;
        return WriterRegistry.Default.Find(name)?.Title.Zh ?? name.ToUpperInvariant();
    }

    /// <summary>The editions in the registry's order (PDF, Word, web page, Markdown), then data, then the rest.</summary>
    public static int Rank(string format)
    {
        var editions = WriterRegistry.Default.Formats;
        var name = format.Trim().ToLowerInvariant();
        var i = editions.ToList().FindIndex(f => f.Name == name);
        if (i >= 0) return i;
        var d = Array.IndexOf(Data, name);
        return editions.Count + (d < 0 ? Data.Length : d);
    }

    /// <summary>"512 B", "172.8 KB", "2.1 MB" (binary multiples, one decimal).</summary>
    public static string Size(long bytes)
    {
        if (bytes < 0) return "—";
        if (bytes < 1024) return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        string[] units = ["KB", "MB", "GB", "TB"];
        var value = bytes / 1024.0;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary>
    /// The name a link is shown by: its path inside the department's folder (hongshan-jkj-2024.pdf, tables/01.csv), or
    /// the last part of a web address.
    /// </summary>
    public static string FileName(string link)
    {
        var trimmed = link.TrimEnd('/', '\\');
        var slash = HtmlText.HasScheme(trimmed) ? trimmed.LastIndexOfAny(['/', '\\']) : trimmed.IndexOfAny(['/', '\\']);
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    /// <summary>A relative link with each path segment percent-encoded; null when the link is not safe to write.</summary>
    public static string? Href(string link)
    {
        if (!HtmlText.IsSafeLink(link)) return null;
        var trimmed = link.Trim().Replace('\\', '/');
        if (HtmlText.HasScheme(trimmed)) return trimmed; // http(s) or mailto, checked above
        var sb = new StringBuilder();
        var segments = trimmed.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0) sb.Append('/');
            sb.Append(Uri.EscapeDataString(segments[i]));
        }

        return sb.ToString();
    }
}
