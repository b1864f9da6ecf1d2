using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Review;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// The status page's HTML from a fixed set of entries (every outcome, a draft, a department with errors, one with
/// changes since its final build), in Chinese and in English, against reviewed golden pages beside this test. When a
/// change is meant, run with FINACC_ACCEPT=1 to rewrite them, then review their diff before committing. The words come
/// from one catalogue, <see cref="StatusWords"/>.
/// </summary>
public sealed partial class StatusPageHtmlTests
{
    /// <summary>A Chinese character or Chinese punctuation (CJK symbols, full-width forms).</summary>
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    internal static partial Regex Chinese();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 15, 0, TimeSpan.Zero);

    private static string GoldenPath(string name) => Path.Combine(
        SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Publish", "StatusPage", name);

    private static TextUnit H(string text) => new(TextUnitKind.Heading, text, 2);

    private static TextUnit S(string text) => new(TextUnitKind.Sentence, text);

    /// <summary>The department names and the document's sentences: data, which no language of the page translates.</summary>
    internal static readonly string[] Data =
    [
        "红山区科学技术局", "红山区教育局", "红山区文化&旅游局", "红山区审计局",
        "一、收入支出决算总体情况说明", "2024年度收、支总计均为26864.63万元。", "2024年度收、支总计均为26900.1万元。",
        "主要原因是科学技术研究与开发资金减少。", "二、收入决算情况说明",
    ];

    internal static IReadOnlyList<StatusEntry> Entries(IReadOnlyList<string> diagnostics)
    {
        var comparison = TextDiff.Compare(
            [H(Data[4]), S(Data[5]), S(Data[7]), H(Data[8])],
            [H(Data[4]), S(Data[6]), H(Data[8])]);
        return
        [
                new("dept-001", Data[0], "data/2024/dept-001", "built", 0, 1, 1, diagnostics, 79, 5_400_000, Monday,
                Current: true, Draft: true, StatusChanges.Of(comparison, Monday.AddDays(-20))),
            new("dept-002", Data[1], "data/2024/dept-002", "failed", 2, 0, 0, diagnostics, 75, 5_100_000, Monday.AddDays(-7),
                Current: false, Draft: false),
            new("dept-003", Data[2], "data/2024/dept-003", "skipped", 0, 0, 0, [], 81, 5_600_000, Monday.AddHours(-3),
                Current: true, Draft: false),
            new("dept-004", Data[3], "", "not-run", 0, 0, 0, [], 60, 4_000_000, Monday.AddDays(-30),
                Current: false, Draft: false),
        ];
    }

    private static void AssertGolden(string name, string actual)
    {
        var path = GoldenPath(name);
        if (Environment.GetEnvironmentVariable("FINACC_ACCEPT") == "1")
        {
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(false));
            Assert.Warn($"FINACC_ACCEPT=1: {name} was rewritten; review its diff before committing it.");
            return;
        }

        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)),
            $"the page differs from {name} (FINACC_ACCEPT=1 rewrites it)");
    }

    private static string Page(Language language) => StatusPage.Html(2024, Entries(
        [language == Language.En
            ? "data/2024/dept-002/tables/03.csv:14:5: error FA3001: the total is not the sum of its items."
            : "data/2024/dept-002/tables/03.csv:14:5: error FA3001: 合计不等于各项之和。"]), language);

    /// <summary>The Chinese characters of a page's text (tags out, entities decoded) once the data are taken out.</summary>
    internal static IReadOnlyList<string> ChineseBut(string html, IEnumerable<string> data)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(html, ""));
        foreach (var d in data.OrderByDescending(d => d.Length)) text = text.Replace(d, "");
        return Chinese().Matches(text).Select(m => m.Value).Distinct().ToList();
    }

    [Test]
    public void The_chinese_page_is_unchanged_from_the_reviewed_golden_page()
    {
        AssertGolden("status.zh.html", Page(Language.Zh));
    }

    [Test]
    public void The_english_page_is_the_reviewed_golden_page()
    {
        AssertGolden("status.en.html", Page(Language.En));
    }

    [TestCase(Language.Zh, "zh-CN")]
    [TestCase(Language.En, "en")]
    public void The_page_states_its_language(Language language, string tag)
    {
        Assert.That(Page(language), Does.StartWith($"<!DOCTYPE html>\n<html lang=\"{tag}\">"));
    }

    [Test]
    public void The_english_page_has_no_chinese_but_the_data_it_shows()
    {
        Assert.That(ChineseBut(Page(Language.En), Data), Is.Empty, "Chinese words left on the English page");
        Assert.That(Page(Language.En), Does.Contain("1 changed / 0 added / 1 removed").And.Contain("draft for comment"),
            "the changes and the draft are there, in English");
    }

    [Test]
    public void Every_outcome_of_a_build_has_its_own_word()
    {
        var outcomes = Enum.GetValues<BuildStatus>().Select(s => s.ToString().ToLowerInvariant()).Append("not-run").ToList();

        var words = outcomes.Select(o => StatusWords.Outcome(o)).ToList();

        Assert.That(words.Distinct().Count(), Is.EqualTo(outcomes.Count), string.Join(", ", words.Select(w => w.En)));
    }

    /// <summary>Every entry of the catalogue: each field that is a text or a list of texts.</summary>
    private static IEnumerable<TestCaseData> CatalogueEntries() =>
        typeof(StatusWords).GetFields(BindingFlags.Public | BindingFlags.Static).SelectMany(f => f.GetValue(null) switch
        {
            LocalizedText t => [new TestCaseData(t).SetName($"{f.Name}")],
            IEnumerable list => list.OfType<LocalizedText>().Select((t, i) => new TestCaseData(t).SetName($"{f.Name}[{i}]")),
            _ => [],
        });

    [TestCaseSource(nameof(CatalogueEntries))]
    public void Every_status_word_is_there_in_chinese_and_in_english_with_the_same_blanks(LocalizedText text)
    {
        Assert.That(text.Zh.Trim(), Is.Not.Empty);
        Assert.That(text.En.Trim(), Is.Not.Empty);
        Assert.That(Chinese().IsMatch(text.En), Is.False, $"the English is English: {text.En}");
        static IEnumerable<string> Blanks(string s) => Regex.Matches(s, @"\{\d+\}").Select(m => m.Value).Order();
        Assert.That(Blanks(text.En), Is.EqualTo(Blanks(text.Zh)), "both fill the same {0}, {1}…");
    }
}
