using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The arguments of a directive: positional words and <c>key=value</c> or <c>key="a value"</c> pairs on the opening line,
/// plus <c>key: value</c> lines inside it. Values written by a template's <c>{{ … }}</c> arrive escaped as Markdown text
/// (<see cref="MarkdownText.Escape"/>): a backslash keeps a quote inside a value, and the values come back unescaped.
/// </summary>
internal sealed class DirectiveArguments
{
    private readonly Dictionary<string, string> named = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    public DirectiveArguments(string line, IEnumerable<string> body)
    {
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length) break;
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]) && line[i] != '=') i++;
            var word = line[start..i];
            if (i < line.Length && line[i] == '=')
            {
                i++;
                named[MarkdownText.Unescape(word)] = MarkdownText.Unescape(ReadValue(line, ref i));
            }
            else positional.Add(MarkdownText.Unescape(word));
        }

        foreach (var l in body)
        {
            var colon = l.IndexOf(':');
            if (colon <= 0) continue;
            var value = l[(colon + 1)..].Trim().Trim('"');
            named[MarkdownText.Unescape(l[..colon].Trim())] = MarkdownText.Unescape(value);
        }
    }

    public IReadOnlyList<string> Positional => positional;

    public IEnumerable<string> Names => named.Keys;

    public string? this[string key] => named.TryGetValue(key, out var v) ? v : null;

    private static string ReadValue(string line, ref int i)
    {
        if (i < line.Length && line[i] is '"' or '“')
        {
            var close = line[i] == '"' ? '"' : '”';
            var start = ++i;
            while (i < line.Length && line[i] != close) i += line[i] == '\\' && i + 1 < line.Length ? 2 : 1;
            var value = line[start..Math.Min(i, line.Length)];
            i++;
            return value;
        }

        var s = i;
        while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
        return line[s..i];
    }
}
