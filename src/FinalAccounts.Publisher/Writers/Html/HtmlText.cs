using System.Text;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>Escaping for HTML text and attribute values, and the checks that keep links and ids harmless.</summary>
internal static class HtmlText
{
    /// <summary>Appends text escaped for element content and double-quoted attributes alike.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // Controls other than tab, line feed and carriage return are not allowed in HTML text: show a replacement character.
                case < ' ' when c is not '\t' and not '\n' and not '\r':
                case '\u007f':
                case '\uFFFE' or '\uFFFF':
                    sb.Append('\uFFFD');
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb;
    }

    /// <summary>Text escaped, with each "\n" written as a line break.</summary>
    public static StringBuilder AppendMultiline(this StringBuilder sb, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append("<br>");
            sb.AppendEscaped(lines[i]);
        }

        return sb;
    }

    public static string Escape(string text) => new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();

    /// <summary>An id that HTML accepts: no whitespace, never empty.</summary>
    public static string SafeId(string id, string fallback)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id.Trim()) sb.Append(char.IsWhiteSpace(c) ? '-' : c);
        return sb.Length == 0 ? fallback : sb.ToString();
    }

    /// <summary>Whether a link may be written as href: a fragment, a relative path, or http(s)/mailto. Never script.</summary>
    public static bool IsSafeLink(string link)
    {
        var trimmed = link.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsControl)) return false;
        if (!HasScheme(trimmed)) return !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith('\\');
        var scheme = trimmed[..trimmed.IndexOf(':')].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>Whether a link starts with a scheme ("https:", "javascript:"): a colon before any '/', '?' or '#'.</summary>
    public static bool HasScheme(string link)
    {
        var colon = link.IndexOf(':');
        var firstSeparator = link.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (firstSeparator < 0 || colon < firstSeparator);
    }
}
