namespace FinalAccounts.Publisher.Tests.Descriptors;

/// <summary>
/// The header rows and 栏次 of the nine tables as the reference publication prints them, transcribed by hand from
/// 2024-hongshan-jkj-published.md (STANDARD §B2.5's missing 栏次5 heading of 公开04表 restored). A row is its cells
/// left to right, each where its span starts: <c>text</c>, <c>text|c3</c> (three columns), <c>text|r2</c> (two rows);
/// in the 栏次 row "_" is an empty cell.
/// </summary>
internal static class ReferenceHeaders
{
    public static readonly Dictionary<string, (string[] Rows, string Numbers)> Of = new()
    {
        ["01"] = (["收入|c3 支出|c3", "项目 行次 金额 项目 行次 金额"], "栏次 _ 1 栏次 _ 2"),
        ["02"] = (["项目|c2 本年收入合计|r2 财政拨款收入|r2 上级补助收入|r2 事业收入|r2 经营收入|r2 附属单位上缴收入|r2 其他收入|r2",
            "功能分类科目编码 科目名称"], "类/款/项 栏次 1 2 3 4 5 6 7"),
        ["03"] = (["项目|c2 本年支出合计|r2 基本支出|r2 项目支出|r2 上缴上级支出|r2 经营支出|r2 对附属单位补助支出|r2",
            "功能分类科目编码 科目名称"], "类/款/项 栏次 1 2 3 4 5 6"),
        ["04"] = (["收入|c3 支出|c6", "项目|r2 行次|r2 决算数|r2 项目|r2 行次|r2 决算数|c4",
            "小计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款"], "栏次 _ 1 栏次 _ 2 3 4 5"),
        ["05"] = (["项目|c2 本年支出|c3", "功能分类科目编码 科目名称 小计 基本支出 项目支出"], "类/款/项 栏次 1 2 3"),
        ["06"] = (["人员经费|c3 公用经费|c6",
            "经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数"], ""),
        ["07"] = (["项目|c2 年初结转和结余|r2 本年收入|r2 本年支出|c3 年末结转和结余|r2", "功能分类科目编码 科目名称 小计 基本支出 项目支出"],
            "类/款/项 栏次 1 2 3 4 5 6"),
        ["08"] = (["项目|c2 本年支出|c3", "功能分类科目编码 科目名称 合计 基本支出 项目支出"], "类/款/项 栏次 1 2 3"),
        ["09"] = (["预算数|c6 决算数|c6",
            "合计|r2 因公出国（境）费|r2 公务用车购置及运行维护费|c3 公务接待费|r2 合计|r2 因公出国（境）费|r2 公务用车购置及运行维护费|c3 公务接待费|r2",
            "小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费"], "1 2 3 4 5 6 7 8 9 10 11 12"),
    };

    /// <summary>Each header cell with its place (1-based row within the header, column) and spans, as a grid places them.</summary>
    public static IEnumerable<(int Row, int Column, string Text, int ColSpan, int RowSpan)> Cells(string key)
    {
        var taken = new HashSet<(int, int)>();
        var rows = Of[key].Rows;
        for (var r = 0; r < rows.Length; r++)
        {
            var column = 1;
            foreach (var cell in rows[r].Split(' '))
            {
                while (taken.Contains((r + 1, column))) column++;
                var parts = cell.Split('|');
                var colSpan = parts.Skip(1).Where(p => p[0] == 'c').Select(p => int.Parse(p[1..])).DefaultIfEmpty(1).Single();
                var rowSpan = parts.Skip(1).Where(p => p[0] == 'r').Select(p => int.Parse(p[1..])).DefaultIfEmpty(1).Single();
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++)
                        taken.Add((r + 1 + dr, column + dc));
                yield return (r + 1, column, parts[0], colSpan, rowSpan);
                column += colSpan;
            }
        }
    }
}
