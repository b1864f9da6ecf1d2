using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Audit;

internal sealed partial class ProseAudit
{
    /// <summary>A share the facts compute: the part's name and amount, the whole it is a share of, and how the text may name that whole.</summary>
    private sealed record ShareFact(string Name, decimal Amount, decimal? Share, string[] Wholes);

    private IEnumerable<ShareFact> ShareFacts()
    {
        string[] income = ["本年收入", "收入合计", "本年收入合计"], spending = ["本年支出", "支出合计", "本年支出合计"];
        if (Read(PublicTables.T01))
            foreach (var p in facts.Income.Items) yield return new(p.Name, p.Amount.Value, p.Share?.Value, income);
        if (Read(PublicTables.T03))
            foreach (var p in facts.Expenditure.Items) yield return new(p.Name, p.Amount.Value, p.Share?.Value, spending);
        if (Read(PublicTables.T04))
            foreach (var p in facts.Fiscal.Items) yield return new(p.Name, p.Amount.Value, p.Share?.Value, ["财政拨款收入", "财政拨款收入合计"]);
        if (Read(PublicTables.T05))
            foreach (var c in facts.Gpb.Classes) yield return new(c.Name, c.Amount.Value, c.Share?.Value, ["", "一般公共预算财政拨款支出"]);
        if (Read(PublicTables.T01, PublicTables.T05))
            yield return new("一般公共预算财政拨款支出", facts.Gpb.Total.Current.Value, facts.Gpb.ShareOfExpenditure?.Value, spending);
        if (Read(PublicTables.T07))
            foreach (var p in facts.GovFunds.Classes) yield return new(p.Name, p.Amount.Value, p.Share?.Value, ["", "政府性基金预算财政拨款支出"]);
        if (Read(PublicTables.T08))
            foreach (var p in facts.StateCapital.Classes) yield return new(p.Name, p.Amount.Value, p.Share?.Value, ["", "国有资本经营预算财政拨款支出"]);
    }

    /// <summary>…179.26万元，占0.6%；…327.72万元，占政府采购支出总额的37.4%；…占工程支出金额的0%.</summary>
    private void Shares()
    {
        foreach (Match m in Share().Matches(text))
        {
            var percent = m.Groups["p"];
            if (consumed.Contains(percent.Index)) continue;
            var whole = m.Groups["whole"].Value.TrimEnd('的');
            if (m.Groups["a"].Success)
            {
                var amount = ProseText.Value(m.Groups["a"].Value);
                // A share that names no whole ("占99%") may be of any whole; the part's name in the sentence then decides.
                var candidates = ShareFacts().Where(f => f.Amount == amount &&
                    (whole.Length == 0 || f.Wholes.Any(w => w == whole || (w.Length > 0 && whole.StartsWith(w, StringComparison.Ordinal))))).ToList();
                var named = candidates.Where(c => text.Contains(c.Name, StringComparison.Ordinal)).ToList();
                if (named.Count > 0) candidates = named;
                var shares = candidates.Select(c => c.Share).Distinct().ToList();
                if (shares.Count == 1 && shares[0] is { } share)
                {
                    Took(m.Groups["a"]);
                    var base0 = share == 0m ? 0m : amount / share;
                    CheckPercent(percent, amount, Rounding.Round(base0, 2), $"{candidates[0].Name}所占比例", $"The share of {candidates[0].Name}");
                    continue;
                }

                if (WholeInParagraph(whole) is { } stated)
                {
                    Took(m.Groups["a"]);
                    if (stated == 0m) ZeroShare(percent, whole, whole);
                    else CheckPercent(percent, amount, stated, "所占比例", "The share");
                }

                continue;
            }

            if (WholeInParagraph(whole) == 0m) ZeroShare(percent, whole, whole);
        }
    }

    /// <summary>The amount the paragraph gives for a whole named in a share ("政府采购支出总额875.78万元"), trying it without 金额/总额.</summary>
    private decimal? WholeInParagraph(string whole)
    {
        if (whole.Length == 0) return null;
        foreach (var name in new[] { whole, Suffix().Replace(whole, "") }.Distinct())
        {
            if (name.Length < 2) continue;
            var m = Regex.Match(text, Regex.Escape(name) + @"(?:金额|总额)?为?(?<n>" + ProseText.Number + ")万元");
            if (m.Success) return ProseText.Value(m.Groups["n"].Value);
        }

        return null;
    }

    [GeneratedRegex(@"(?:(?<a>" + ProseText.Number + @")万元，?)?占(?<whole>[^%0-9，。；、]{0,24}?)(?<p>" + ProseText.Number + ")%")]
    private static partial Regex Share();

    [GeneratedRegex("(金额|总额|合计)$")]
    private static partial Regex Suffix();
}
