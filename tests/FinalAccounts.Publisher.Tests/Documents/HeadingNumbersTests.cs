using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Documents;

/// <summary>The one numbering of headings: labels by level in the style's form, counts restarting under each parent.</summary>
public sealed class HeadingNumbersTests
{
    private static readonly SourceLocation At = new("parts/x.sbn", 1, 1);

    private static Heading H(int level, string text, string number = "", bool numbered = true) =>
        new(level, number, text, "id", true, At, numbered);

    private static string[] Labels(IEnumerable<Block> blocks) => blocks.OfType<Heading>().Select(h => h.FullText).ToArray();

    [Test]
    public void Headings_without_labels_are_numbered_in_the_house_form_and_restart_under_each_parent()
    {
        Block[] blocks =
        [
            H(1, "概况"), H(2, "职责"), H(2, "机构"), H(1, "情况说明"), H(2, "总体"), H(3, "甲"), H(4, "子"), H(5, "孙"), H(5, "孙"),
            H(4, "子"), H(3, "乙"), H(2, "收入"), new PageBreak(At), H(3, "丙"),
        ];
        Assert.That(Labels(HeadingNumbers.Apply(blocks, HeadingNumbering.Default)), Is.EqualTo(new[]
        {
            "第一部分 概况", "一、职责", "二、机构", "第二部分 情况说明", "一、总体", "（一）甲", "1.子", "（1）孙", "（2）孙", "2.子", "（二）乙",
            "二、收入", "（一）丙",
        }));
    }

    [Test]
    public void A_heading_written_with_its_label_keeps_it_and_the_next_one_follows_it()
    {
        // key-work.md writes its own 一、 and （一）; the template's heading after it is the section's second.
        Block[] blocks = [H(1, "重点工作"), H(2, "综述", "一、"), H(3, "强化调度", "（一）"), H(3, "激发活力"), H(2, "完成情况表")];
        Assert.That(Labels(HeadingNumbers.Apply(blocks, HeadingNumbering.Default)),
            Is.EqualTo(new[] { "第一部分 重点工作", "一、综述", "（一）强化调度", "（二）激发活力", "二、完成情况表" }));
    }

    [Test]
    public void An_unnumbered_heading_gets_no_label_and_takes_no_number_from_the_others()
    {
        Block[] blocks = [H(2, "甲"), H(2, "附注", numbered: false), H(2, "乙")];
        Assert.That(Labels(HeadingNumbers.Apply(blocks, HeadingNumbering.Default)), Is.EqualTo(new[] { "一、甲", "附注", "二、乙" }));
    }

    [Test]
    public void Numbering_is_a_setting_and_an_empty_label_leaves_a_level_unnumbered()
    {
        var numbering = new HeadingNumbering(["第{一}章", "", "{1}、"]);
        Block[] blocks = [H(1, "概况"), H(2, "职责"), H(3, "甲"), H(3, "乙"), H(1, "说明")];
        Assert.That(Labels(HeadingNumbers.Apply(blocks, numbering)), Is.EqualTo(new[] { "第一章 概况", "职责", "1、甲", "2、乙", "第二章 说明" }));
    }
}
