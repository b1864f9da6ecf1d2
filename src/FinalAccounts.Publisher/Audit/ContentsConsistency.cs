using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// The table of contents against the headings it lists (STANDARD §B2.14): the contents are the entries after a
/// "目录" line, up to where the body repeats the first entry; each entry numbered 第N部分 or N、 is compared with the
/// body's heading of the same number in the same part. An entry and a heading of which one begins the other are the
/// same (a title wrapped over two lines); otherwise the heading is reported with what the contents say.
/// </summary>
internal static partial class ContentsConsistency
{
    /// <summary>How far after "目录" the body's first heading may lie.</summary>
    private const int MaxEntries = 300;

    public static IEnumerable<AuditFinding> Run(IReadOnlyList<DocumentText> texts)
    {
        var start = Enumerable.Range(0, texts.Count).FirstOrDefault(i => !texts[i].InTable && texts[i].Text == "目录", -1);
        if (start < 0) yield break;
        var entries = new List<DocumentText>();
        var body = -1;
        for (var i = start + 1; i < texts.Count && i <= start + MaxEntries; i++)
        {
            var entry = Entry(texts[i].Text);
            if (entries.Count > 0 && !texts[i].InTable && Same(entry, Entry(entries[0].Text)))
            {
                body = i;
                break;
            }

            if (entry.Length > 0 && (!texts[i].InTable || texts[i].At.Column == 1)) entries.Add(texts[i] with { Text = entry });
        }

        if (body < 0) yield break;
        var headings = Numbered(texts.Skip(body).Where(t => !t.InTable && t.Text.Length <= 60 && !t.Text.Contains('。')));
        foreach (var (key, entry) in Numbered(entries))
        {
            if (headings.FirstOrDefault(h => h.Key == key).Text is not { } heading || Same(entry.Text, heading.Text)) continue;
            yield return DocumentTexts.Finding(AuditCodes.ContentsDiffer, heading.At, DocumentTexts.Quote(heading, 0, heading.Text.Length),
                heading.Text, entry.Text,
                $"正文标题为“{heading.Text}”，目录写作“{entry.Text}”。", $"The heading reads '{heading.Text}'; the contents say '{entry.Text}'.");
        }
    }

    /// <summary>Texts that begin with a number (第三部分, 十四、), keyed by the part they are in and their number.</summary>
    private static List<(string Key, DocumentText Text)> Numbered(IEnumerable<DocumentText> texts)
    {
        var numbered = new List<(string, DocumentText)>();
        var part = "";
        foreach (var text in texts)
        {
            if (Number().Match(text.Text) is not { Success: true } m) continue;
            if (m.Groups["part"].Success) part = m.Value;
            numbered.Add((part + "/" + m.Value, text));
        }

        return numbered;
    }

    /// <summary>An entry's words: without dot leaders and its page number.</summary>
    private static string Entry(string text) => Leader().Replace(text, "");

    private static bool Same(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:(?<part>第[一二三四五六七八九十]+部分)|[一二三四五六七八九十]+、)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:[.．。…·]{2,}.*|\t.*|[ivxlc\d]+)$")]
    private static partial Regex Leader();
}
