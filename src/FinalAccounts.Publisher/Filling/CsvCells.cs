namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// One field of a CSV text, found by its record's line and its field number as diagnostics place it (both 1-based),
/// read or replaced in place: every other byte of the file (quoting, line ends, a byte order mark) stays as it was.
/// </summary>
internal static class CsvCells
{
    /// <summary>
    /// The text with the field replaced by <paramref name="value"/> (quoted when it needs to be); unchanged when there
    /// is no such field.
    /// </summary>
    public static string Replace(string text, int line, int column, string value)
    {
        if (Span(text, line, column) is not { } span) return text;
        var written = value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
        return string.Concat(text.AsSpan(0, span.Start), written, text.AsSpan(span.End));
    }

    /// <summary>The fields of the record that starts on <paramref name="line"/>, unquoted, or empty.</summary>
    public static IReadOnlyList<string> Fields(string text, int line) =>
        Records(text).FirstOrDefault(r => r.Line == line).Fields?.Select(f => Value(text, f)).ToList() ?? [];

    private static (int Start, int End)? Span(string text, int line, int column)
    {
        var fields = Records(text).FirstOrDefault(r => r.Line == line).Fields;
        return fields is not null && column >= 1 && column <= fields.Count ? fields[column - 1] : null;
    }

    private static string Value(string text, (int Start, int End) field)
    {
        var raw = text[field.Start..field.End];
        return raw.Length >= 2 && raw[0] == '"' ? raw[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : raw;
    }

    /// <summary>Each record's first line and its fields' spans (a quoted field's span includes its quotes).</summary>
    private static IEnumerable<(int Line, List<(int Start, int End)> Fields)> Records(string text)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<(int, int)>();
            while (true)
            {
                var from = i;
                if (i < text.Length && text[i] == '"')
                {
                    for (i++; i < text.Length; i++)
                    {
                        if (text[i] == '\n') line++;
                        if (text[i] != '"') continue;
                        if (i + 1 < text.Length && text[i + 1] == '"') i++;
                        else break;
                    }

                    i = Math.Min(i + 1, text.Length);
                }

                while (i < text.Length && text[i] is not (',' or '\r' or '\n')) i++;
                fields.Add((from, i));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i < text.Length && text[i] == '\r') i++;
                if (i < text.Length && text[i] == '\n') i++;
                line++;
                break;
            }

            yield return (start, fields);
        }
    }
}
