using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Audit;

internal sealed partial class ProseAudit
{
    /// <summary>人员经费1490.82万元，主要包括：…; 公用经费170.04万元，主要包括：…: the total, and every non-zero item of 公开06表 named.</summary>
    private void Lists()
    {
        if (!Read(PublicTables.T06)) return;
        foreach (Match m in Group().Matches(text))
        {
            var group = m.Groups["g"].Value == "人员经费" ? facts.Basic.Personnel : facts.Basic.Public;
            CheckAmount(m.Groups["a"], group.Total.Value, m.Groups["g"].Value, $"公开06表 {m.Groups["g"].Value}合计");
            var listed = Items(m.Groups["list"].Value, group.ItemNames);
            var missing = group.ItemNames.Where(n => !listed.Contains(n)).ToList();
            FiguresChecked++;
            if (missing.Count == 0) continue;
            Found(AuditCodes.ListIncomplete, m.Groups["list"], $"{listed.Count} 项", string.Join("、", missing), "",
                $"{m.Groups["g"].Value}的列举漏了公开06表中有金额的：{string.Join("、", missing)}。",
                $"The list of {m.Groups["g"].Value} leaves out items 公开06表 holds figures for: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>本年度无上级补助收入、事业收入…: every zero part named, and no part named that has a figure.</summary>
    private void ZeroLists()
    {
        foreach (Match m in NoneOf().Matches(text))
        {
            var structures = new List<(IReadOnlyList<string> Zero, List<string> NonZero)>();
            if (Read(PublicTables.T01)) structures.Add((facts.Income.ZeroNames, [.. facts.Income.Items.Select(i => i.Name)]));
            if (Read(PublicTables.T03)) structures.Add((facts.Expenditure.ZeroNames, [.. facts.Expenditure.Items.Select(i => i.Name)]));
            if (Read(PublicTables.T04)) structures.Add((facts.Fiscal.ZeroNames, [.. facts.Fiscal.Items.Select(i => i.Name)]));
            if (structures.Count == 0) continue;
            var listed = Items(m.Groups["list"].Value, structures.SelectMany(s => s.Zero.Concat(s.NonZero)).ToList());
            var best = structures.OrderByDescending(s => s.Zero.Concat(s.NonZero).Count(listed.Contains)).First();
            if (!best.Zero.Concat(best.NonZero).Any(listed.Contains)) continue;
            FiguresChecked++;
            var missing = best.Zero.Where(n => !listed.Contains(n)).ToList();
            var wrong = best.NonZero.Where(listed.Contains).ToList();
            if (missing.Count > 0 && listed.Count > 1)
                Found(AuditCodes.ListIncomplete, m.Groups["list"], m.Groups["list"].Value, string.Join("、", best.Zero), "",
                    $"“无…”的列举漏了表中为 0 的：{string.Join("、", missing)}。",
                    $"The list of what there is none of leaves out: {string.Join(", ", missing)}.");
            if (wrong.Count > 0)
                Found(AuditCodes.ListIncomplete, m.Groups["list"], m.Groups["list"].Value, string.Join("、", best.Zero), "",
                    $"“无…”中列了表中有金额的：{string.Join("、", wrong)}。",
                    $"The list of what there is none of names items the tables hold figures for: {string.Join(", ", wrong)}.");
        }
    }

    /// <summary>结转…1725万元至下年, while 公开01表's 年末结转和结余 is 0.</summary>
    private void CarryOver()
    {
        foreach (Match m in CarriedOver().Matches(text))
        {
            Took(m.Groups["a"]);
            var yearEnd = model.T01.Layout is { } && model.T01.Lines.Count > 0 ? YearEndCarryOver() : 0m;
            if (yearEnd != 0m) continue;
            Found(AuditCodes.CarryOver, m.Groups["a"], m.Groups["a"].Value + "万元", "0万元（公开01表 年末结转和结余）", "",
                $"文中结转 {m.Groups["a"].Value} 万元至下年，公开01表的年末结转和结余却为 0；请向编写人核实哪一处有误。",
                $"The text carries {m.Groups["a"].Value} over to next year, but 公开01表's year-end carry-over is 0; ask the author which is wrong.");
        }
    }

    private decimal YearEndCarryOver() =>
        model.T01.Lines.Where(l => l.Name.Contains("年末结转和结余", StringComparison.Ordinal)).Sum(l => l.Values.Sum(v => v.Value));

    /// <summary>The items of a written list: split at 、, and at 和/及 only where that gives known names (其他商品和服务支出 stays whole).</summary>
    private static HashSet<string> Items(string list, IReadOnlyCollection<string> known)
    {
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in list.Split('、').Select(s => s.Trim().TrimEnd('等')).Where(s => s.Length > 0))
        {
            var pieces = ListSeparator().Split(part);
            if (!known.Contains(part) && pieces.Length > 1 && pieces.Any(known.Contains)) items.UnionWith(pieces);
            else items.Add(part);
        }

        return items;
    }

    [GeneratedRegex(@"(?<g>人员经费|公用经费)(?<a>" + ProseText.Number + @")万元，?(?:其中：)?主要包括：(?<list>[^。]+)")]
    private static partial Regex Group();

    [GeneratedRegex(@"(?:本年度|当年|本年)无(?<list>[^。，；]+)")]
    private static partial Regex NoneOf();

    [GeneratedRegex(@"结转[^。；]{0,30}?(?<a>" + ProseText.Number + @")万元至下年")]
    private static partial Regex CarriedOver();

    [GeneratedRegex("[和及]")]
    private static partial Regex ListSeparator();
}
