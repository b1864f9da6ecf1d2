using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Where titles, headings, contents entries and captions may break a line: between words, never inside a word or a
/// proper name. The names are the department's name and short name (<see cref="DocumentInfo.Names"/>), the tables'
/// names, and the parts' names (a part heading less its number, the department's name and the year); the words are
/// those of such headings. A name wider than a whole line breaks between its own words: after a place (…省, …市, …区)
/// or an office, before 和/与/及.
/// </summary>
public sealed partial class WordBreaks
{
    /// <summary>Words of disclosure headings a line does not break inside, longest first.</summary>
    private static readonly string[] Words = new[]
    {
        "部门决算", "年度", "部门", "决算", "预算", "情况", "说明", "收入", "支出", "总表", "财政", "拨款", "一般", "公共", "基本", "明细",
        "政府性", "基金", "国有", "资本", "经营", "三公", "经费", "机关", "运行", "政府", "采购", "资产", "占用", "绩效", "专项",
        "转移支付", "重点", "工作", "完成", "名词", "解释", "附件", "自评表", "整体", "概况", "主要", "职责", "机构", "设置",
        "项目", "资金", "管理", "合计", "总计", "结转", "结余", "变动", "结构",
    }.OrderByDescending(w => w.Length).ToArray();

    private const int LongestTableName = 20;

    private readonly List<string> names;

    private WordBreaks(List<string> names) => this.names = names;

    /// <summary>No names: only the words of headings.</summary>
    public static WordBreaks None { get; } = new([]);

    /// <summary>The names of <paramref name="document"/>, longest first.</summary>
    public static WordBreaks For(DocumentTree document)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in document.Info.Names ?? []) found.Add(name.Trim());
        foreach (var block in document.Blocks)
        {
            if (block is Table t && t.Title.Length <= LongestTableName) found.Add(t.Title.Trim());
            if (block is Heading { Level: 1 } h) found.Add(PartName(h.Text, document.Info.Names ?? []));
        }

        found.RemoveWhere(n => n.Length < 2);
        return new WordBreaks(found.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList());
    }

    /// <summary>For each character of <paramref name="text"/>, whether a line may break before it.</summary>
    public BreakKind[] Kinds(string text)
    {
        var kinds = new BreakKind[text.Length];
        foreach (var name in names) Mark(text, name, kinds, inName: true);
        foreach (var word in Words) Mark(text, word, kinds, inName: false);
        return kinds;
    }

    /// <summary>Marks every occurrence of <paramref name="term"/> not already inside a longer one.</summary>
    private static void Mark(string text, string term, BreakKind[] kinds, bool inName)
    {
        var boundaries = inName ? NameBoundaries(term) : new bool[term.Length];
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
        {
            var taken = kinds[at] != BreakKind.Free || kinds.AsSpan(at + 1, term.Length - 1).IndexOfAnyExcept(BreakKind.Free) >= 0;
            if (taken) continue;
            for (var i = 1; i < term.Length; i++) kinds[at + i] = boundaries[i] ? BreakKind.InName : BreakKind.None;
        }
    }

    /// <summary>
    /// Where a name may break when it must: after a place of two characters or more (示例市|东湖区|…, not 市|场) or an
    /// office (…局|, …委员会|), and before 和, 与 or 及.
    /// </summary>
    private static bool[] NameBoundaries(string name)
    {
        var boundaries = new bool[name.Length];
        var unit = 0;
        for (var i = 1; i < name.Length; i++)
        {
            var before = name[..i];
            var place = "省市区县州旗盟镇乡".Contains(name[i - 1]) && i - unit >= 2;
            var office = before.EndsWith('局') || before.EndsWith("委员会", StringComparison.Ordinal);
            boundaries[i] = place || office || "和与及".Contains(name[i]);
            if (boundaries[i]) unit = i;
        }

        return boundaries;
    }

    /// <summary>A part heading's name: its text less the department's name and year (…2024年度部门决算表 → 部门决算表).</summary>
    private static string PartName(string text, IReadOnlyList<string> departmentNames)
    {
        foreach (var name in departmentNames)
            if (name.Length > 0) text = text.Replace(name, "", StringComparison.Ordinal);
        return Year().Replace(text, "").Trim();
    }

    [GeneratedRegex(@"\d{4}\s*年度?")]
    private static partial Regex Year();
}
