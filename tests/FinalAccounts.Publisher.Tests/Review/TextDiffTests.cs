using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Tests.Review;

/// <summary>Sentence-by-sentence comparison: what a reviewer approves is each changed, added or removed sentence.</summary>
public sealed class TextDiffTests
{
    private static TextUnit H(string text, int level = 2) => new(TextUnitKind.Heading, text, level);

    private static TextUnit S(string text) => new(TextUnitKind.Sentence, text);

    private static readonly TextUnit[] Before =
    [
        H("一、收入支出决算总体情况说明"),
        S("2024年度收、支总计均为26864.63万元。"),
        S("与2023年度相比，收、支总计减少8684.98万元，降低24.4%。"),
        S("主要原因是科学技术研究与开发资金减少。"),
        H("二、收入决算情况说明"),
        S("本年收入合计26864.63万元。"),
    ];

    [Test]
    public void A_changed_figure_is_one_changed_sentence_holding_the_old_and_the_new_figure()
    {
        var after = Before.ToArray();
        after[2] = S("与2023年度相比，收、支总计减少8700.5万元，降低24.5%。");

        var c = TextDiff.Compare(Before, after);

        Assert.That((c.Changed, c.Added, c.Removed, c.Same), Is.EqualTo((1, 0, 0, 5)));
        var changed = c.Entries.Single(e => e.Kind == DiffKind.Changed);
        Assert.That(changed.OldParts.Where(p => p.Changed).Select(p => p.Text), Is.EqualTo(new[] { "8684.98", "24.4%" }));
        Assert.That(changed.NewParts.Where(p => p.Changed).Select(p => p.Text), Is.EqualTo(new[] { "8700.5", "24.5%" }));
        Assert.That(string.Concat(changed.NewParts.Select(p => p.Text)), Is.EqualTo(after[2].Text), "the parts make the sentence");
        Assert.That(changed.Context, Is.EqualTo("一、收入支出决算总体情况说明"));
    }

    [Test]
    public void An_added_and_a_removed_sentence_are_reported_as_such_under_their_headings()
    {
        var after = Before.Where((_, i) => i != 3).ToList();
        after.Add(S("收入全部为一般公共预算财政拨款收入。"));

        var c = TextDiff.Compare(Before, after);

        Assert.That((c.Changed, c.Added, c.Removed), Is.EqualTo((0, 1, 1)));
        var removed = c.Entries.Single(e => e.Kind == DiffKind.Removed);
        Assert.That((removed.Old!.Text, removed.Context), Is.EqualTo(("主要原因是科学技术研究与开发资金减少。", "一、收入支出决算总体情况说明")));
        var added = c.Entries.Single(e => e.Kind == DiffKind.Added);
        Assert.That((added.New!.Text, added.Context), Is.EqualTo(("收入全部为一般公共预算财政拨款收入。", "二、收入决算情况说明")));
    }

    [Test]
    public void A_sentence_rewritten_in_other_words_is_removed_and_added_not_changed()
    {
        var after = Before.ToArray();
        after[3] = S("本年度项目按计划推进。");

        var c = TextDiff.Compare(Before, after);

        Assert.That((c.Changed, c.Added, c.Removed), Is.EqualTo((0, 1, 1)));
    }

    [Test]
    public void A_comparison_of_changes_only_keeps_the_counts()
    {
        var after = Before.ToArray();
        after[5] = S("本年收入合计26900万元。");
        var full = TextDiff.Compare(Before, after);

        var changes = full.ChangesOnly();

        Assert.That(changes.Entries.Select(e => e.Kind), Is.EqualTo(new[] { DiffKind.Changed }));
        Assert.That((changes.Changed, changes.Same), Is.EqualTo((full.Changed, full.Same)));
        Assert.That(DiffWords.Summary(changes, FinalAccounts.Publisher.Diagnostics.Language.Zh), Does.Contain("未改动 5 句"));
    }

    [Test]
    public void Identical_texts_have_no_changes()
    {
        var c = TextDiff.Compare(Before, Before.ToList());

        Assert.That(c.HasChanges, Is.False);
        Assert.That(c.Same, Is.EqualTo(Before.Length));
    }

    [Test]
    public void The_text_report_marks_what_differs_and_folds_unchanged_sentences()
    {
        var after = Before.ToArray();
        after[5] = S("本年收入合计26900万元。");
        var section = new ReviewSection(new LocalizedText("与上次正式发布相比", "Since the last final build"),
            new LocalizedText("比较对象：正式发布的文字。", "Compared with the final text."), TextDiff.Compare(Before, after));

        var text = DiffTextReport.Write("某局 2024年度 文字改动对照", [section], Language.Zh);

        Assert.That(text, Does.Contain("原：本年收入合计〖26864.63〗万元。").And.Contain("新：本年收入合计〖26900〗万元。"));
        Assert.That(text, Does.Contain("[二、收入决算情况说明]"));
        Assert.That(text, Does.Contain("未改动 5 句，从略"));
        Assert.That(text, Does.Not.Contain("主要原因是科学技术研究与开发资金减少"), "unchanged sentences are folded");
        Assert.That(DiffTextReport.Write("x", [section], Language.En), Does.Contain("old: ").And.Contain("5 unchanged sentence(s) not shown"));
    }

    [Test]
    public void The_english_reports_have_no_chinese_but_the_document_text_and_the_figure_marks()
    {
        var after = Before.ToArray();
        after[5] = S("本年收入合计26900万元。");
        after[3] = S("新增一句说明。");
        var section = new ReviewSection(new LocalizedText("与上次正式发布相比", "Since the last final build"),
            new LocalizedText("比较对象：正式发布的文字。", "Compared with the final text."), TextDiff.Compare(Before, after));
        var document = Before.Concat(after).Select(u => u.Text).ToList();

        var text = DiffTextReport.Write("x", [section], Language.En);
        var html = DiffHtmlReport.Page("x", [section], Language.En);

        var unmarked = text.Replace(DiffTextReport.Open, "").Replace(DiffTextReport.Close, "");
        Assert.That(Publish.StatusPageHtmlTests.ChineseBut(unmarked, document), Is.Empty, text);
        Assert.That(Publish.StatusPageHtmlTests.ChineseBut(html, document), Is.Empty, html);
        Assert.That(text, Does.Contain("\n  (3 unchanged sentence(s) not shown)\n"));
        Assert.That(text, Does.Contain("  [changed]old: ").And.Contain("\n           new: "),
            "the new version lines up under the old");
        Assert.That(DiffTextReport.Write("x", [section], Language.Zh), Does.Contain("  〔改〕原：").And.Contain("\n        新："));
    }

    [Test]
    public void The_web_page_strikes_the_old_figure_highlights_the_new_one_and_folds_the_rest()
    {
        var after = Before.ToArray();
        after[5] = S("本年收入合计26900万元。");
        var section = new ReviewSection(new LocalizedText("与上年相比", "Against last year"), new LocalizedText("比较对象", "Compared with"),
            TextDiff.Compare(Before, after));

        var html = DiffHtmlReport.Page("某局 <2024>", [section], Language.Zh);

        Assert.That(html, Does.Contain("<del>26864.63</del>").And.Contain("<ins>26900</ins>"));
        Assert.That(html, Does.Contain("<details class=\"same\"><summary>未改动 5 句，从略</summary>"));
        Assert.That(html, Does.Contain("name=\"viewport\"").And.Contain("@media print").And.Contain("lang=\"zh-CN\""));
        Assert.That(html, Does.Contain("某局 &lt;2024&gt;"), "text is escaped");
        Assert.That(DiffHtmlReport.Entries(section.Comparison!, Language.Zh, withUnchanged: false), Does.Not.Contain("<details"));
    }
}
