namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// A plain or quoted one-line YAML scalar, found where the reader placed its value (line and column, 1-based), replaced
/// in place: the key, a comment after the value and every other line stay as they were.
/// </summary>
internal static class YamlScalars
{
    /// <summary>The text with the scalar replaced, and the scalar's old text (as written, quotes included).</summary>
    public static (string Text, string Old) Replace(string text, int line, int column, string value)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return (text, value);
        var l = lines[line - 1];
        var start = column - 1;
        if (start < 0 || start > l.Length) return (text, value);
        var end = End(l, start);
        lines[line - 1] = string.Concat(l.AsSpan(0, start), value, l.AsSpan(end));
        return (string.Join('\n', lines), l[start..end]);
    }

    /// <summary>The key of the mapping entry on a line ("execution_rate"), for messages.</summary>
    public static string Key(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return "";
        var l = lines[line - 1];
        var colon = l.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : l[..colon].Trim();
    }

    /// <summary>
    /// Where the scalar starting at <paramref name="start"/> ends: after its closing quote, or before a comment or the
    /// line's end.
    /// </summary>
    private static int End(string line, int start)
    {
        if (start < line.Length && line[start] is '"' or '\'')
        {
            var close = line.IndexOf(line[start], start + 1);
            return close < 0 ? line.Length : close + 1;
        }

        var comment = line.IndexOf(" #", start, StringComparison.Ordinal);
        var end = comment < 0 ? line.Length : comment;
        while (end > start && line[end - 1] is ' ' or '\t' or '\r') end--;
        return end;
    }
}
