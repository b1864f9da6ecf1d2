using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Checks a document's prose, sentence by sentence, against the facts the build derives from the same tables: every
/// completion rate, change rate and share recomputed with the one rounding rule; comparison words against the sign of
/// the difference; amounts of a 类 or 项 against its table row; 科目 names against the code lists; the year; the lists
/// that must name every non-zero item; shares of a zero base; carry-overs the tables do not show. Numbers in a sentence
/// no pattern took are counted, and reported as info, rather than guessed at.
/// </summary>
internal sealed partial class ProseAudit(
    ReadDocument document, DepartmentYear model, DisclosureFacts facts, NumberFormatter formatter, IReadOnlySet<TableDescriptor> unread)
{
    private readonly List<AuditFinding> findings = [];
    private readonly HashSet<int> consumed = [];
    private Block block = null!;
    private string text = "";

    public int FiguresChecked { get; private set; }

    public int NotUnderstood { get; private set; }

    public IReadOnlyList<AuditFinding> Run()
    {
        foreach (var b in document.Blocks)
        {
            if (b is not Paragraph and not Heading || ReadDocument.TextOf(b) is not { } raw) continue;
            (block, text) = (b, ProseText.Normalise(raw));
            consumed.Clear();
            Executions();
            Changes();
            Shares();
            Subjects();
            ClassAmounts();
            Lists();
            ZeroLists();
            CarryOver();
            Years();
            Wording();
            Unread();
        }

        return findings;
    }

    /// <summary>Whether the tables a check needs were read from the document (or the data).</summary>
    private bool Read(params TableDescriptor[] tables) => !tables.Any(unread.Contains);

    /// <summary>Marks a number as checked.</summary>
    private void Took(Group g)
    {
        if (g.Success && consumed.Add(g.Index)) FiguresChecked++;
    }

    private void Found(DiagnosticCode code, Group at, string written, string expected, string arithmetic, DiagnosticText zh, DiagnosticText en)
        => findings.Add(DocumentTexts.Finding(code, block.Location, ProseText.Quote(text, at.Index, at.Length), written, expected,
            zh, en, arithmetic));

    /// <summary>A written percentage against a ratio: equal when the ratio rounds to it at the written precision or in the house style.</summary>
    private bool Agrees(string written, decimal ratio) =>
        Rounding.Round(ratio * 100m, ProseText.Decimals(written)) == ProseText.Value(written) || formatter.Percent(ratio) == written + "%";

    private void CheckPercent(Group written, decimal part, decimal whole, string what, string whatEn, DiagnosticCode? code = null)
    {
        Took(written);
        var ratio = part / whole;
        if (Agrees(written.Value, ratio)) return;
        var arithmetic = $"{ProseText.Money(part)} ÷ {ProseText.Money(whole)} = {formatter.Percent(ratio)}";
        Found(code ?? AuditCodes.PercentDiffers, written, written.Value + "%", formatter.Percent(ratio), arithmetic,
            $"{new OwnText(what)}写作 {written.Value}%，应为 {new OwnText(formatter.Percent(ratio))}（{new OwnText(arithmetic)}）。",
            $"{new OwnText(whatEn)} is written {written.Value}%; it should be {new OwnText(formatter.Percent(ratio))} ({new OwnText(arithmetic)}).");
    }

    /// <summary>年初预算为A万元，支出决算为B万元，完成年初预算的C%，支出决算数大于年初预算数 …</summary>
    private void Executions()
    {
        foreach (Match m in Execution().Matches(text))
        {
            var (budget, actual) = (ProseText.Value(m.Groups["b"].Value), ProseText.Value(m.Groups["a"].Value));
            Took(m.Groups["b"]);
            Took(m.Groups["a"]);
            if (m.Groups["r"].Success)
            {
                if (budget == 0m) ZeroShare(m.Groups["r"], "预算数", "the budget");
                else CheckPercent(m.Groups["r"], actual, budget, "完成预算的比例", "The completion rate");
            }

            var tail = Relation().Match(text, m.Index + m.Length);
            if (!tail.Success || SentenceEndBetween(m.Index + m.Length, tail.Index)) continue;
            var word = tail.Groups["w"];
            var should = actual > budget ? "大于" : actual < budget ? "小于" : "持平";
            var said = word.Value switch { "高于" => "大于", "低于" => "小于", "等于" => "持平", _ => word.Value };
            FiguresChecked++;
            if (said == should) continue;
            var arithmetic = $"{ProseText.Money(actual)} − {ProseText.Money(budget)} = {ProseText.Money(actual - budget)}";
            Found(AuditCodes.ComparisonWord, word, word.Value, should, arithmetic,
                $"决算数 {ProseText.Money(actual)} 万元与预算数 {ProseText.Money(budget)} 万元相比应为“{new OwnText(should)}”，文中写作“{word.Value}”。",
                $"Actual {ProseText.Money(actual)} against budget {ProseText.Money(budget)} is '{new OwnText(should)}'; the text says '{word.Value}'.");
        }
    }

    /// <summary>…减少8684.98万元，降低24.4%: the words agree, and the rate is the change over the prior figure.</summary>
    private void Changes()
    {
        foreach (Match m in Change().Matches(text))
        {
            var (w1, w2) = (m.Groups["w1"], m.Groups["w2"]);
            var up = IsUp(w1.Value);
            Took(m.Groups["c"]);
            if (up != IsUp(w2.Value))
            {
                FiguresChecked++;
                Found(AuditCodes.ComparisonWord, w2, w2.Value, up ? "增长" : "降低", "",
                    $"同一变动先说“{w1.Value}”后说“{w2.Value}”，方向相反。", $"One change is called both '{w1.Value}' and '{w2.Value}'.");
                continue;
            }

            var before = Amounts().Matches(text[..m.Index]);
            if (before.Count == 0) continue;
            var current = ProseText.Value(before[^1].Groups["n"].Value);
            var change = ProseText.Value(m.Groups["c"].Value);
            var prior = up ? current - change : current + change;
            if (prior <= 0m) continue;
            CheckPercent(m.Groups["r"], change, prior, $"增减额 {m.Groups["c"].Value} 万元对应的增减率", $"The rate of a change of {m.Groups["c"].Value}",
                AuditCodes.ChangeDiffers);
        }
    }

    private static bool IsUp(string word) => word is "增加" or "增长" or "上升";

    private bool SentenceEndBetween(int from, int to) => text.AsSpan(from, to - from).IndexOfAny("。！？") >= 0;

    private void ZeroShare(Group written, string baseName, string baseNameEn)
    {
        Took(written);
        Found(AuditCodes.ZeroBase, written, written.Value + "%", "（删去该分句）", $"{written.Value}% ÷ 0",
            $"{new OwnText(baseName)}为 0，比例 {written.Value}% 无从计算，应删去这一分句。",
            $"{new OwnText(baseNameEn)} is 0, so {written.Value}% cannot be computed; leave the clause out.");
    }

    [GeneratedRegex(@"(?:年初预算|全年预算|预算数|预算)(?:数)?为?(?<b>" + ProseText.Number + @")万元，?(?:支出决算|决算数|执行数|决算)(?:数)?为?(?<a>" + ProseText.Number + @")万元(?:，完成(?:年初|全年)?预算(?:数)?的(?<r>" + ProseText.Number + ")%)?")]
    private static partial Regex Execution();

    [GeneratedRegex(@"决算数?(?:较)?(?<w>大于|小于|等于|持平|高于|低于)(?:年初|全年)?预算数?")]
    private static partial Regex Relation();

    [GeneratedRegex(@"(?<w1>增加|减少|增长|下降|降低|上升)(?<c>" + ProseText.Number + @")万元，?(?<w2>增长|降低|下降|减少|增加|上升)(?<r>" + ProseText.Number + ")%")]
    private static partial Regex Change();

    [GeneratedRegex(@"(?<n>" + ProseText.Number + ")万元")]
    private static partial Regex Amounts();
}
