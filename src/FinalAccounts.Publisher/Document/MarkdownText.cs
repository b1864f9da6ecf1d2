using System.Text;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Plain text inside Markdown: <see cref="Escape"/> writes a text so that <see cref="MarkdownReader"/> gives it back as
/// the same characters (no emphasis, heading, list, HTML or entity can come out of it), <see cref="Unescape"/> reads such a
/// text where Markdown is not parsed (a directive's arguments). CommonMark lets a backslash escape any ASCII punctuation.
/// </summary>
public static class MarkdownText
{
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>
    /// The text as Markdown that reads back as itself: every ASCII punctuation escaped, and line starts and ends without
    /// spaces (which Markdown would read as a code block or a line break). Line breaks stay: a blank line is a paragraph.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append('\n');
            foreach (var c in lines[i].AsSpan().Trim(" \t"))
            {
                if (IsEscapable(c)) sb.Append('\\');
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes the backslashes <see cref="Escape"/> put before ASCII punctuation.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1])) i++;
            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>Whether a character is one a backslash escapes.</summary>
    public static bool IsEscapable(char c) => Punctuation.Contains(c);

    private static bool NeedsEscape(string text) =>
        text.AsSpan().IndexOfAny(Punctuation) >= 0 || text.Contains('\n') ||
        text.StartsWith(' ') || text.StartsWith('\t') || text.EndsWith(' ') || text.EndsWith('\t');
}
