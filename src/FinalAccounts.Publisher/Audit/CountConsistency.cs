using System.Globalization;
using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Counts (家, 篇, 个 …) that one document states twice with different values (STANDARD §B2.8–9): the same words
/// before the count in two places ("高企备案通过586家" and "高企备案通过386家"), or a self-assessment form's indicator
/// whose actual value the text states otherwise (公众号文章发布总量 236条 against "公众号全年发布文章222篇"). The text
/// matches an indicator when pieces of two or more characters shared with one of its clauses make up all of
/// the indicator's name, estimates (预计, 超, 约, 近) and counts of a wider or narrower scope (及以上) are left out, and only counts within a factor of two are compared (a new count beside a cumulative one is
/// not the same count). Warnings: two places may count different things.
/// </summary>
internal static partial class CountConsistency
{
    /// <summary>How much of an indicator's name (its generic ending left out) a clause must share to state it.</summary>
    private const double NameCoverage = 1.0;

    /// <summary>The fewest characters of the words before a count that make them the same statement.</summary>
    private const int KeyLength = 4;

    public static IEnumerable<AuditFinding> Run(IReadOnlyList<DocumentText> texts)
    {
        var counts = texts.SelectMany(t => Clauses(t).SelectMany(c => CountsIn(t, c))).ToList();
        var findings = new List<AuditFinding>();
        foreach (var same in counts.Where(c => c.Key.Length >= KeyLength).GroupBy(c => (c.Key, Family(c.Unit))))
        {
            var first = same.First();
            foreach (var other in same.Skip(1).Where(o => o.Value != first.Value && Comparable(o.Value, first.Value)))
                findings.Add(Differs(other, first.Value, first.Unit, DocumentTexts.Place(first.Text.At)));
        }

        foreach (var (name, value, unit, at) in Indicators(texts))
        {
            var core = GenericEnding().Replace(name, "");
            foreach (var count in counts.Where(c => !c.Text.InTable && Family(c.Unit) == Family(unit) && c.Value != value && Comparable(c.Value, value)))
                if (Coverage(core, count.Clause) >= NameCoverage && count.Index >= FirstShared(core, count.Clause) &&
                    !Scope().Matches(count.Clause).Any(m => !name.Contains(m.Value, StringComparison.Ordinal)))
                    findings.Add(Differs(count, value, unit, $"{at}（{name}）"));
        }

        return findings.DistinctBy(f => (f.Diagnostic.Location.ToString(), f.Written));
    }

    private sealed record Count(DocumentText Text, string Clause, int ClauseStart, int Index, string Key, int Value, string Unit);

    private static AuditFinding Differs(Count count, int other, string otherUnit, string where) =>
        DocumentTexts.Finding(AuditCodes.CountDiffers, count.Text.At, DocumentTexts.Quote(count.Text, count.ClauseStart + count.Index, 4),
            $"{count.Value}{count.Unit}", $"{other}{otherUnit}",
            $"此处写 {count.Value}{count.Unit}，{new Diagnostics.OwnText(where)} 写 {other}{otherUnit}：同一数量前后不一致，请核实。",
            $"Written {count.Value}{count.Unit} here and {other}{otherUnit} at {new Diagnostics.OwnText(where)}: one count, two values.");

    private static IEnumerable<(int Start, string Text)> Clauses(DocumentText text)
    {
        var start = 0;
        foreach (Match m in ClauseEnd().Matches(text.Text + "。"))
        {
            if (m.Index > start) yield return (start, text.Text[start..m.Index]);
            start = m.Index + 1;
        }
    }

    private static IEnumerable<Count> CountsIn(DocumentText text, (int Start, string Text) clause)
    {
        if (clause.Text.Contains("预计", StringComparison.Ordinal)) yield break;
        foreach (Match m in Quantity().Matches(clause.Text))
        {
            var key = Lead().Replace(m.Groups["key"].Value, "");
            yield return new Count(text, clause.Text, clause.Start, m.Groups["n"].Index, key,
                int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["u"].Value);
        }
    }

    /// <summary>Indicator rows of forms: a name, a target (≥5家, 110家/年) and an actual count in the next cells of one row.</summary>
    private static IEnumerable<(string Name, int Value, string Unit, string At)> Indicators(IReadOnlyList<DocumentText> texts)
    {
        var cells = texts.Where(t => t.InTable).ToList();
        for (var i = 0; i + 2 < cells.Count; i++)
        {
            var (name, target, actual) = (cells[i], cells[i + 1], cells[i + 2]);
            if (name.At.Line != actual.At.Line || name.At.Source.ToString() != actual.At.Source.ToString()) continue;
            if (!Target().IsMatch(target.Text) || Actual().Match(actual.Text) is not { Success: true } m || name.Text.Length > 30) continue;
            yield return (name.Text, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["u"].Value, DocumentTexts.Place(actual.At));
        }
    }

    /// <summary>The share of <paramref name="name"/>'s characters covered by pieces of two or more characters found in <paramref name="clause"/>.</summary>
    private static double Coverage(string name, string clause)
    {
        if (name.Length < 2) return 0;
        var covered = 0;
        for (var i = 0; i < name.Length;)
        {
            var length = 0;
            while (i + length < name.Length && clause.AsSpan().IndexOf(name.AsSpan(i, length + 1), StringComparison.Ordinal) >= 0) length++;
            if (length >= 2) covered += length;
            i += Math.Max(1, length);
        }

        return (double)covered / name.Length;
    }

    /// <summary>Where in the clause the first shared piece of the name begins (a count before it is not the indicator's).</summary>
    private static int FirstShared(string name, string clause)
    {
        for (var i = 0; i + 2 <= name.Length; i++)
            if (clause.IndexOf(name.Substring(i, 2), StringComparison.Ordinal) is var at and >= 0) return at;
        return 0;
    }

    private static bool Comparable(int a, int b) => a > 0 && b > 0 && Math.Max(a, b) <= 2 * Math.Min(a, b);

    /// <summary>Units that count the same things: an article is 篇 or 条.</summary>
    private static string Family(string unit) => unit is "条" ? "篇" : unit;

    [GeneratedRegex("[，。；：！？,;:]")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"(?<key>[\p{IsCJKUnifiedIdeographs}“”]{0,12})(?<![\d.]|超|约|近|逾)(?<n>[1-9]\d{0,5})(?<u>台套|家|篇|条|个|场|人|辆)(?!\d)")]
    private static partial Regex Quantity();

    [GeneratedRegex("^(?:[一二三四五六七八九十]+是|其中|全年|共|完成|累计)+")]
    private static partial Regex Lead();

    /// <summary>Words that widen or narrow what is counted (市级及以上): a clause with one the name lacks counts something else.</summary>
    [GeneratedRegex("及以上|以上|以下|及以下")]
    private static partial Regex Scope();

    [GeneratedRegex(@"(?:数量|总量|总数|个数|数)$")]
    private static partial Regex GenericEnding();

    [GeneratedRegex(@"^[≥≤>＞<＜]?\d+(?:台套|家|篇|条|个|场|人|辆)(?:/年)?$")]
    private static partial Regex Target();

    [GeneratedRegex(@"^(?<n>[1-9]\d{0,5})(?<u>台套|家|篇|条|个|场|人|辆)(?:/年)?$")]
    private static partial Regex Actual();
}
