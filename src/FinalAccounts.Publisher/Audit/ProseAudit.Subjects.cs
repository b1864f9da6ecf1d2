using FinalAccounts.Publisher.Diagnostics;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Audit;

internal sealed partial class ProseAudit
{
    /// <summary>X（类）Y（款）Z（项）…支出决算为A万元: each name against the code list, A against the 项's row of 公开05表.</summary>
    private void Subjects()
    {
        foreach (Match m in Subject().Matches(text))
        {
            var fn = model.Reference.Functional;
            var cls = fn.Entries.Values.FirstOrDefault(e => e.Level == SubjectLevel.Class && e.Name == m.Groups["c"].Value);
            if (cls is null) { WrongName(m.Groups["c"], null, "类"); continue; }
            var section = fn.Entries.Values.FirstOrDefault(e => e.Level == SubjectLevel.Section && e.Code.Parent == cls.Code && e.Name == m.Groups["k"].Value);
            if (section is null) { WrongName(m.Groups["k"], Closest(fn.Entries.Values.Where(e => e.Code.Parent == cls.Code), m.Groups["k"].Value), "款"); continue; }
            var actual = Execution().Match(text, m.Index + m.Length) is { Success: true } e && !SentenceEndBetween(m.Index + m.Length, e.Index)
                ? e.Groups["a"] : null;
            var name = m.Groups["x"].Value;
            var item = fn.Entries.Values.FirstOrDefault(x => x.Level == SubjectLevel.Item && x.Code.Parent == section.Code && x.Name == name);
            var row = item is null ? null : model.T05.Find(item.Code);
            if (item is null)
            {
                var rows = model.T05.ChildrenOf(section.Code).Where(r => r.Code is { Level: SubjectLevel.Item }).ToList();
                var byAmount = actual is null ? null : rows.FirstOrDefault(r => r[0].Value == ProseText.Value(actual.Value));
                var official = byAmount?.Code is { } code ? fn.Find(code)?.Name : Closest(fn.Entries.Values.Where(x => x.Code.Parent == section.Code), name);
                WrongName(m.Groups["x"], official, "项");
                continue;
            }

            FiguresChecked++;
            if (actual is null || row is null || !Read(PublicTables.T05)) continue;
            CheckAmount(actual, row[0].Value, $"{item.Code.Value} {item.Name}", $"公开05表 {item.Code.Value} {item.Name} 合计栏");
        }
    }

    /// <summary>一般公共服务支出类支出311.32万元: the 类's amount in 公开05表.</summary>
    private void ClassAmounts()
    {
        if (!Read(PublicTables.T05)) return;
        foreach (Match m in ClassAmount().Matches(text))
        {
            var row = model.T05.Classes.FirstOrDefault(r => r.Name == m.Groups["c"].Value);
            if (row is null) continue;
            CheckAmount(m.Groups["a"], row[0].Value, row.Name, $"公开05表 {row.Code} {row.Name} 合计栏");
        }
    }

    private void CheckAmount(Group written, decimal table, string what, string cell)
    {
        Took(written);
        var value = ProseText.Value(written.Value);
        if (value == table) return;
        var expected = formatter.Prose(table);
        Found(AuditCodes.AmountDiffers, written, written.Value + "万元", expected + "万元", $"{new OwnText(cell)} = {expected}",
            $"{new OwnText(what)}写作 {written.Value} 万元，表中为 {new OwnText(expected)} 万元（{new OwnText(cell)}）。",
            $"{new OwnText(what)} is written {written.Value}; the table has {new OwnText(expected)} ({new OwnText(cell)}).");
    }

    private void WrongName(Group written, string? official, string level)
    {
        FiguresChecked++;
        Found(AuditCodes.SubjectName, written, written.Value, official ?? "", "",
            official is null
                ? $"“{written.Value}（{new OwnText(level)}）”不是科目表中的名称。"
                : $"“{written.Value}（{new OwnText(level)}）”不是科目表中的名称，应为“{official}”。",
            official is null
                ? $"'{written.Value}' is not a name of the code list."
                : $"'{written.Value}' is not a name of the code list; it should be '{official}'.");
    }

    /// <summary>The name of the list sharing the most characters with a written name, or null.</summary>
    private static string? Closest(IEnumerable<ClassificationEntry> entries, string written) =>
        entries.Select(e => (e.Name, Score: e.Name.Intersect(written).Count()))
            .Where(x => x.Score * 2 >= written.Length).OrderByDescending(x => x.Score).Select(x => x.Name).FirstOrDefault();

    [GeneratedRegex(@"(?<c>[^（）\d，。；：、.]{2,30}?)（类）(?<k>[^，。；：]{1,40}?)（款）(?<x>[^，。；：]{1,40}?)（项）")]
    private static partial Regex Subject();

    [GeneratedRegex(@"(?<c>[^\d，。；：、.（）]{2,30}?)类支出(?<a>" + ProseText.Number + ")万元")]
    private static partial Regex ClassAmount();
}
