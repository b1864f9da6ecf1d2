using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

internal sealed partial class ProseAudit
{
    /// <summary>
    /// Slips a reader sees in the wording itself (STANDARD §B2.11, §B2.13): a doubled 的, 反应 opening a definition (反映),
    /// a 主要原因 without its colon, 累计 twice in one clause, 一是 with no 二是, and 持平 used as a verb (与…持平).
    /// Warnings: the text may be right, a person decides.
    /// </summary>
    private void Wording()
    {
        foreach (Match m in DoubledDe().Matches(text))
            Slip(m, "的", "“的的”多了一个“的”。", "A doubled 的.");
        foreach (Match m in ReactDefinition().Matches(text))
            Slip(m.Groups["w"], "反映", "释义中“反应”应为“反映”。", "In a definition 反应 should be 反映 (reflects).");
        foreach (Match m in ReasonWithoutColon().Matches(text))
            Slip(m.Groups["w"], "主要原因：", "“主要原因”后缺少冒号。", "A colon is missing after 主要原因.");
        foreach (Match m in TwiceInClause().Matches(text))
            Slip(m.Groups["second"], "", $"同一分句中“{m.Groups["w"].Value}”出现两次。", $"'{m.Groups["w"].Value}' twice in one clause.");
        foreach (Match m in LevelAsVerb().Matches(text))
            Slip(m, "与" + m.Groups["b"].Value + "持平", $"“持平{m.Groups["b"].Value}”应为“与{m.Groups["b"].Value}持平”。",
                $"持平 takes 与: '与{m.Groups["b"].Value}持平'.");
        if (FirstOfList().Match(text) is { Success: true } first && !SecondOfList().IsMatch(text))
            Slip(first, "", "有“一是”而没有“二是”：或补全列举，或删去“一是”。", "一是 (firstly) with no 二是: complete the list or drop 一是.");
    }

    private void Slip(Group at, string expected, Diagnostics.DiagnosticText zh, Diagnostics.DiagnosticText en) =>
        Found(AuditCodes.Wording, at, at.Value, expected, "", zh, en);

    [GeneratedRegex("的的(?!确)")]
    private static partial Regex DoubledDe();

    [GeneratedRegex(@"[：:](?<w>反应)")]
    private static partial Regex ReactDefinition();

    [GeneratedRegex(@"(?<w>的主要原因)(?=[\p{IsCJKUnifiedIdeographs}])(?!是|为|有|在|如下|包括|主要)")]
    private static partial Regex ReasonWithoutColon();

    [GeneratedRegex(@"(?<w>累计|共计|合计|总计)[^，。；：、,;]{1,20}?(?<second>\k<w>)")]
    private static partial Regex TwiceInClause();

    [GeneratedRegex(@"持平(?<b>(?:年初|全年|上年)?预算数|上年)")]
    private static partial Regex LevelAsVerb();

    [GeneratedRegex("一是")]
    private static partial Regex FirstOfList();

    [GeneratedRegex("二是")]
    private static partial Regex SecondOfList();
}
