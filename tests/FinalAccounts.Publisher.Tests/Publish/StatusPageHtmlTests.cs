using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Review;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// The status page's HTML from a fixed set of entries (every outcome, a draft, a department with errors, one with
/// changes since its final build), against reviewed golden pages beside this test. When a change is meant, run with
/// FINACC_ACCEPT=1 to rewrite them, then review their diff before committing.
/// </summary>
public sealed class StatusPageHtmlTests
{
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
            new("dept-001", Data[0], "data/2024/dept-001", "built", 0, 1, 1, diagnostics, 79, 5_400_000, Monday, Current: true,
                Draft: true, StatusChanges.Of(comparison, Monday.AddDays(-20))),
            new("dept-002", Data[1], "data/2024/dept-002", "failed", 2, 0, 0, diagnostics, 75, 5_100_000, Monday.AddDays(-7),
                Current: false, Draft: false),
            new("dept-003", Data[2], "data/2024/dept-003", "skipped", 0, 0, 0, [], 81, 5_600_000, Monday.AddHours(-3),
                Current: true, Draft: false),
            new("dept-004", Data[3], "", "not-run", 0, 0, 0, [], 60, 4_000_000, Monday.AddDays(-30), Current: false, Draft: false),
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

        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"the page differs from {name} (FINACC_ACCEPT=1 rewrites it)");
    }

    [Test]
    public void The_chinese_page_is_the_reviewed_golden_page()
    {
        string[] diagnostics = ["data/2024/dept-002/tables/03.csv:14:5: error FA3001: 合计不等于各项之和。"];
        AssertGolden("status.zh.html", StatusPage.Html(2024, Entries(diagnostics)));
    }
}
