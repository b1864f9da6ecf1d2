using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Wording the whole document shows to be inconsistent (STANDARD §B2.13, §B2.15): one statement ("…无X。") made of
/// 本部门 in one place and of 本单位 in another; the same "…无X。" sentence twice within a few paragraphs; and a word cut
/// short before punctuation or a number ("创新创业活；") whose whole form the document uses elsewhere. Warnings.
/// </summary>
internal static partial class WordingConsistency
{
    /// <summary>How many paragraphs apart two sentences of nothing (无…) say it twice.</summary>
    private const int Nearby = 3;

    /// <summary>How many 汉字 before a cut the finding quotes as the word.</summary>
    private const int Stem = 4;

    /// <summary>Where a cut word shows: before a clause ends or a number begins (a 、, bracket or quote follows whole words).</summary>
    private const string CutBefore = "，。；：！？";

    /// <summary>Characters that join words rather than end them: a stem followed by one is not a cut word.</summary>
    private const string Joiners = "和及与或的等在是了对为把被从向以而且并之其各每";

    public static IEnumerable<AuditFinding> Run(IReadOnlyList<DocumentText> texts)
    {
        var prose = texts.Where(t => !t.InTable).ToList();
        return SelfReference(prose).Concat(SaidTwice(prose)).Concat(CutWords(texts));
    }

    /// <summary>The same "无X" said of 本部门 in one place and of 本单位 in another: the rarer name in the document is reported.</summary>
    private static IEnumerable<AuditFinding> SelfReference(List<DocumentText> prose)
    {
        var counts = prose.SelectMany(t => SelfName().Matches(t.Text)).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());
        var said = prose.SelectMany(t => SelfNone().Matches(t.Text).Select(m => (Text: t, Match: m))).ToList();
        foreach (var same in said.GroupBy(s => s.Match.Groups["what"].Value))
        {
            var names = same.Select(s => s.Match.Groups["self"].Value).Distinct().ToList();
            if (names.Count < 2) continue;
            var usual = names.OrderByDescending(n => counts.GetValueOrDefault(n)).First();
            var first = same.First(s => s.Match.Groups["self"].Value == usual);
            foreach (var (text, m) in same.Where(s => s.Match.Groups["self"].Value != usual))
            {
                var self = m.Groups["self"];
                yield return DocumentTexts.Finding(AuditCodes.Inconsistent, text.At, DocumentTexts.Quote(text, self.Index, self.Length), self.Value, usual,
                    $"同一句“无{m.Groups["what"].Value}”在 {new Diagnostics.OwnText(DocumentTexts.Place(first.Text.At))} 称“{usual}”，此处称“{self.Value}”：全文应统一自称。",
                    $"The same statement calls the department {usual} at {new Diagnostics.OwnText(DocumentTexts.Place(first.Text.At))} and {self.Value} here.");
            }
        }
    }

    private static IEnumerable<AuditFinding> SaidTwice(List<DocumentText> prose)
    {
        for (var i = 0; i < prose.Count; i++)
            foreach (Match m in NoneOf().Matches(prose[i].Text))
            {
                var said = prose.Skip(Math.Max(0, i - Nearby)).Take(Math.Min(i, Nearby))
                    .FirstOrDefault(p => NoneOf().Matches(p.Text).Any(o => o.Groups["what"].Value == m.Groups["what"].Value));
                if (said is null) continue;
                yield return DocumentTexts.Finding(AuditCodes.Inconsistent, prose[i].At, DocumentTexts.Quote(prose[i], m.Index, m.Length),
                    m.Value, "（删去重复的一句）", $"“无{m.Groups["what"].Value}”在 {new Diagnostics.OwnText(DocumentTexts.Place(said.At))} 已经说过，此处重复。",
                    $"'无{m.Groups["what"].Value}' was said at {new Diagnostics.OwnText(DocumentTexts.Place(said.At))} already.");
            }
    }

    /// <summary>
    /// A word cut short before punctuation or a number: its last four 汉字 run on elsewhere always with the same
    /// character (twice or more), and its last two end nowhere else ("创业活" is always "创业活动" but here), so the whole
    /// form is the document's own.
    /// </summary>
    private static IEnumerable<AuditFinding> CutWords(IReadOnlyList<DocumentText> texts)
    {
        var followers = new Dictionary<string, Dictionary<char, int>>(StringComparer.Ordinal);
        var cuts = new List<(DocumentText Text, int Index)>();
        foreach (var text in texts)
            for (var i = 1; i < text.Text.Length; i++)
            {
                if (!DocumentTexts.IsHan(text.Text[i - 1]) || !DocumentTexts.IsHan(text.Text[i])) continue;
                var next = i + 1 < text.Text.Length ? text.Text[i + 1] : '\0';
                var key = DocumentTexts.IsHan(next) ? next : '\0';
                var whole = i >= Stem - 1 && text.Text.AsSpan(i - Stem + 1, Stem).ToString().All(DocumentTexts.IsHan);
                foreach (var stem in whole ? [text.Text.Substring(i - 1, 2), text.Text.Substring(i - Stem + 1, Stem)] : new[] { text.Text.Substring(i - 1, 2) })
                {
                    if (!followers.TryGetValue(stem, out var after)) followers[stem] = after = [];
                    after[key] = after.GetValueOrDefault(key) + 1;
                }

                if (key == '\0' && (CutBefore.Contains(next) || char.IsAsciiDigit(next)) && !text.InTable && whole) cuts.Add((text, i - Stem + 1));
            }

        foreach (var (text, index) in cuts)
        {
            var stem = text.Text.Substring(index, Stem);
            var after = followers[stem];
            if (after.GetValueOrDefault('\0') != 1 || after.Count != 2 || followers[stem[^2..]].GetValueOrDefault('\0') != 1) continue;
            var (next, times) = after.First(a => a.Key != '\0');
            if (times < 2 || Joiners.Contains(next)) continue;
            yield return DocumentTexts.Finding(AuditCodes.Wording, text.At, DocumentTexts.Quote(text, index, Stem + 1), stem, stem + next,
                $"“{stem}”后疑漏了“{next}”（文中别处 {times} 处作“{stem}{next}”）。", $"'{stem}' seems cut short: elsewhere it is '{stem}{next}' ({times} times).");
        }
    }

    [GeneratedRegex("本部门|本单位")]
    private static partial Regex SelfName();

    [GeneratedRegex(@"(?<self>本部门|本单位)[^。，；]{0,12}?无(?<what>[^。，；]+)。")]
    private static partial Regex SelfNone();

    [GeneratedRegex(@"(?:当年|本年度|本年|年度)无(?<what>[^。，；]+)。")]
    private static partial Regex NoneOf();
}
