using System.Globalization;
using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

internal sealed partial class ProseAudit
{
    /// <summary>
    /// The year in every sentence: the document's year; the year before only where the sentence compares (与…相比, 比,
    /// 较, 上年); the year after only in a date (2025年2月).
    /// </summary>
    private void Years()
    {
        foreach (var (start, sentence) in ProseText.Sentences(text))
            foreach (Match m in YearMention().Matches(sentence))
            {
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                var year = facts.Year.Value;
                var ok = y == year || (y == year - 1 && (Compares().IsMatch(sentence) || sentence.Contains(YearText(year), StringComparison.Ordinal))) || (y == year + 1 && m.Groups["month"].Success);
                FiguresChecked++;
                if (ok) continue;
                var group = YearAt().Match(text, start + m.Index).Groups["y"];
                Found(AuditCodes.WrongYear, group, m.Groups["y"].Value, year.ToString(CultureInfo.InvariantCulture), "",
                    $"本文件是 {year} 年度的决算，这句写的是 {m.Groups["y"].Value} 年。",
                    $"The document is for {year}; this sentence says {m.Groups["y"].Value}.");
            }
    }

    private static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture) + "年";

    /// <summary>Sentences holding amounts or percentages that no pattern checked: info, counted, not guessed.</summary>
    private void Unread()
    {
        foreach (var (start, sentence) in ProseText.Sentences(text))
        {
            var figures = Figure().Matches(sentence).Where(f => !consumed.Contains(start + f.Index)).ToList();
            if (figures.Count == 0) continue;
            NotUnderstood++;
            var first = figures[0].Groups[0];
            var quote = ProseText.Quote(sentence, first.Index, first.Length);
            findings.Add(DocumentTexts.Finding(AuditCodes.NotUnderstood, block.Location, quote, "", "",
                $"句中的 {figures.Count} 个数字未能核对：“{quote}”。", $"{figures.Count} figures of this sentence were not checked: '{quote}'."));
        }
    }

    [GeneratedRegex(@"(?<y>20[0-9]{2})年(?:度)?(?<month>[0-9]{1,2}月)?")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"(?<y>20[0-9]{2})")]
    private static partial Regex YearAt();

    [GeneratedRegex("相比|比|较|上年|同比|与")]
    private static partial Regex Compares();

    [GeneratedRegex(ProseText.Number + "(?:万元|%)")]
    private static partial Regex Figure();
}
