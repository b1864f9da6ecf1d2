using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>
/// The published reference (its text as extracted from the PDF, tables as tab-separated rows) audited without data: the
/// mistakes of STANDARD §B2 that the text shows are found, each at its place, and nothing else.
/// </summary>
public sealed class PublishedReferenceAuditTests
{
    private static readonly Lazy<AuditResult> Result = new(() => DocumentAudit.Run(AuditFiles.Published, AuditFiles.Options()));

    [Test]
    public void Finds_the_known_mistakes_each_at_its_place_and_nothing_else()
    {
        Assert.That(AuditFiles.Problems(Result.Value), Is.EquivalentTo(new[]
        {
            "FA1011 :t2:r8:c2", // B2.6 公开02表 2010399 lacks 支出
            "FA1011 :t3:r55:c3", // B2.1 公开03表 租房补贴 for 提租补贴
            "FA1047 :t4:r1:c9", // B2.5 公开04表 header lacks 国有资本经营预算财政拨款
            "FA2007 :t6:r31:c3", "FA3007 :t6:r31:c3", "FA3007 :t5:r4:c5", // B2.4 公开06表 人员经费合计 blank
            "FA1011 :t6:r11:c2", // B2.7 公开06表 30110 职工基本医疗保险
            "FA9102 :¶118", // B2.3 住房保障 0.6% for 0.7%
            "FA9109 :¶135", // B2.10 1725万元 carried over, tables show none
            "FA9103 :¶159", "FA9104 :¶159", // B2.2 大于 for 小于; B2.1 房租补贴
            "FA9101 :¶162", "FA9106 :¶162", // B2.4 seen from the text (1490.82 vs blank); B2.7 in the 人员经费 list
            "FA9106 :¶163", // 公用经费 list leaves out 办公设备购置 (0.18万元 in 公开06表)
            "FA9107 :¶182", // B2.12 工程 share of a zero base
            "FA9111 :t13:r5:c4", // B2.8 高企备案通过386家 in the project form, 586家 in 五（三）
            "FA9111 :¶197", "FA9111 :¶197", // B2.9 隐患排查 123家 (form 119家/年); 公众号文章 222篇 (form 236条)
            "FA9112 :¶170", // B2.11 一是 without 二是
            "FA9112 :¶173", "FA9112 :¶177", // B2.11 决算数持平全年预算数 (与…持平)
            "FA9112 :¶126", "FA9112 :¶144", // B2.13 主要原因 without its colon
            "FA9112 :¶120", "FA9112 :¶120", "FA9112 :¶276", // B2.13 专精特新中小企45家; 累计…累计 (五（三） and the overall form)
            "FA9112 :¶121", // B2.13 创新创业活；
            "FA9112 :¶235", "FA9112 :¶240", "FA9112 :¶241", "FA9112 :¶244", "FA9112 :¶245", "FA9112 :¶246", "FA9112 :¶252", // B2.13 反应
            "FA9112 :¶260", // B2.13 规定的的
            "FA9113 :¶204", "FA9113 :¶206", // B2.14 contents against headings (十四、; 第四部分)
            "FA9114 :¶79", "FA9114 :¶86", // B2.15 公开07/08表 say 无… twice
            "FA9114 :¶165", "FA9114 :¶167", // B2.15 七/八 say 本单位 where the tables' notes say 本部门
        }));
    }

    [Test]
    public void The_counts_stated_twice_give_both_values_and_both_places()
    {
        var counts = Result.Value.Findings.Where(f => f.Diagnostic.Code.Id == "FA9111").Select(f => (f.Written, f.Expected)).ToList();
        Assert.That(counts, Is.EquivalentTo(new[] { ("386家", "586家"), ("123家", "119家"), ("222篇", "236条") }));
        var filings = Result.Value.Findings.First(f => f.Written == "386家");
        Assert.That(filings.Quote, Does.Contain("高企备案通过386家"));
        Assert.That(filings.Diagnostic.Message.Zh, Does.Contain("¶121 写 586家"), "the other place, without the file name");
    }

    [Test]
    public void The_tails_of_the_total_rows_are_info_within_tolerance()
    {
        var tails = Result.Value.Findings.Where(f => f.Diagnostic.Code.Id == "FA2900").Select(AuditFiles.Short);
        Assert.That(tails, Is.EquivalentTo(new[] { "FA2900 :t3:r4:c5", "FA2900 :t3:r4:c6", "FA2900 :t5:r4:c5", "FA2900 :t5:r4:c6" }), "B2.16");
    }

    [Test]
    public void A_wrong_share_gives_the_quote_what_is_written_what_it_should_be_and_the_arithmetic()
    {
        var share = Result.Value.Findings.Single(f => f.Diagnostic.Code.Id == "FA9102");
        Assert.That(share.Quote, Does.Contain("179.26万元，占0.6%"));
        Assert.That((share.Written, share.Expected, share.Arithmetic), Is.EqualTo(("0.6%", "0.7%", "179.26 ÷ 26864.63 = 0.7%")));
        Assert.That(share.Diagnostic.Message.Zh, Does.Contain("应为 0.7%"));
        Assert.That(share.Diagnostic.Message.En, Does.Contain("should be 0.7%"));
    }

    [Test]
    public void A_wrong_comparison_word_and_a_wrong_subject_name_say_what_they_should_be()
    {
        var word = Result.Value.Findings.Single(f => f.Diagnostic.Code.Id == "FA9103");
        Assert.That((word.Written, word.Expected, word.Arithmetic), Is.EqualTo(("大于", "小于", "22.63 − 23.88 = -1.25")));
        var name = Result.Value.Findings.Single(f => f.Diagnostic.Code.Id == "FA9104");
        Assert.That((name.Written, name.Expected), Is.EqualTo(("房租补贴", "提租补贴")));
    }

    [Test]
    public void Reports_how_many_figures_were_checked_and_which_sentences_were_not_understood()
    {
        Assert.That(Result.Value.FiguresChecked, Is.GreaterThan(250));
        var unread = Result.Value.Findings.Where(f => f.Diagnostic.Code.Id == "FA9201").ToList();
        Assert.That(unread, Has.Count.EqualTo(Result.Value.NotUnderstood));
        Assert.That(unread, Is.Not.Empty.And.All.Matches<AuditFinding>(f => f!.Diagnostic.Severity == Severity.Info && f.Diagnostic.Location.IsPoint));
    }
}
