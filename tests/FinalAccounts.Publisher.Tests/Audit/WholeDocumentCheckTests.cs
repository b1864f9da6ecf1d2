using FinalAccounts.Publisher.Audit;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>
/// The checks of STANDARD §B2.8, 9, 11, 13, 14 and 15 on small documents: each slip found as a warning at its place,
/// and the same text without the slip found clean.
/// </summary>
public sealed class WholeDocumentCheckTests
{
    private const string Title = "# 2024年度测试局部门决算\n\n";

    [TestCase("三公经费决算数小于全年预算数的主要原因：一是厉行节约。", "三公经费决算数小于全年预算数的主要原因：一是厉行节约；二是压减会议。", "一是",
        TestName = "一是 without 二是")]
    [TestCase("决算数持平全年预算数的主要原因：未安排预算。", "决算数与全年预算数持平的主要原因：未安排预算。", "持平全年预算数",
        TestName = "持平 used as a verb")]
    [TestCase("支出决算数小于年初预算数的主要原因人员异动。", "支出决算数小于年初预算数的主要原因：人员异动。", "的主要原因",
        TestName = "A 主要原因 without its colon")]
    [TestCase("按规定的的基本工资缴纳。", "按规定的基本工资缴纳。", "的的", TestName = "A doubled 的")]
    [TestCase("住房公积金（项）：反应行政事业单位的支出。", "住房公积金（项）：反映行政事业单位的支出。", "反应", TestName = "反应 for 反映 in a definition")]
    [TestCase("累计国家级企业累计增至14家。", "国家级企业累计增至14家。", "累计", TestName = "累计 twice in one clause")]
    public void A_wording_slip_is_a_warning_at_its_paragraph(string slip, string right, string written)
    {
        var found = Findings(Title + slip + "\n", "FA9112");
        Assert.That(found.Select(f => (AuditFiles.Short(f), f.Written)), Is.EqualTo(new[] { ("FA9112 :¶2", written) }));
        Assert.That(Findings(Title + right + "\n", "FA9112"), Is.Empty);
    }

    [Test]
    public void A_word_cut_short_that_the_document_writes_whole_elsewhere_is_a_warning()
    {
        const string Whole = "组织创新创业活动。开展创新创业活动。";
        var found = Findings(Title + Whole + "\n\n支持载体开展创新创业活；组织科技周。\n", "FA9112");
        Assert.That(found.Select(f => (AuditFiles.Short(f), f.Written, f.Expected)), Is.EqualTo(new[] { ("FA9112 :¶3", "新创业活", "新创业活动") }));
        Assert.That(Findings(Title + Whole + "\n\n提高科学普及率；提高科学普及率和素质。提高科学普及率和水平。\n", "FA9112"), Is.Empty,
            "a word followed by 和 elsewhere is not cut");
        Assert.That(Findings(Title + "科技人才队伍建设。科技人才队伍培养。\n\n培养高层次科技人才、研究生。\n", "FA9112"), Is.Empty,
            "a word before 、 is a whole item of a list");
    }

    [Test]
    public void The_same_words_before_two_different_counts_are_a_warning_at_the_second()
    {
        var found = Findings(Title + "全年高企备案通过586家，居第一。\n\n自评：全年高企备案通过386家。\n", "FA9111");
        Assert.That(found.Select(f => (AuditFiles.Short(f), f.Written, f.Expected)), Is.EqualTo(new[] { ("FA9111 :¶3", "386家", "586家") }));
        Assert.That(Findings(Title + "全年高企备案通过586家。\n\n自评：全年高企备案通过586家。\n", "FA9111"), Is.Empty);
    }

    [Test]
    public void A_count_in_the_text_against_a_forms_indicator_is_a_warning_only_when_it_is_the_same_count()
    {
        const string Form = "\n\n| 一级指标 | 指标名称 | 年初目标值 | 实际完成值 | 得分 |\n| --- | --- | --- | --- | --- |\n" +
                            "| 数量指标 | 规上工业企业隐患排查 | 110家/年 | 119家/年 | 2 |\n| 数量指标 | 新增规上工业企业数 | 10家 | 12家 | 2 |\n";
        var found = Findings(Title + "七是全面开展了规上工业企业123家、科技类教培机构20家的隐患排查。" + Form, "FA9111");
        Assert.That(found.Select(f => (AuditFiles.Short(f), f.Written, f.Expected)), Is.EqualTo(new[] { ("FA9111 :¶2", "123家", "119家") }));
        Assert.That(Findings(Title + "规上工业企业累计119家。" + Form, "FA9111"), Is.Empty, "a cumulative count is not the indicator of new ones");
    }

    [Test]
    public void A_contents_entry_that_differs_from_its_heading_is_a_warning_at_the_heading()
    {
        const string Contents = "## 目 录\n\n### 第一部分 概况\n\n- 一、 部门主要职责\n- 二、 专项支出、转移支付支出情况说明\n\n### 第二部分 2024 年度重点工作完成情况\n\n";
        const string Body = "# 第一部分 概况\n\n## 一、部门主要职责\n\n职责。\n\n## 二、财政专项支出、专项转移支付支出情况说明\n\n无。\n\n" +
                            "## 第二部分 2024 年重点工作完成情况\n\n完成。\n";
        var found = Findings(Title + Contents + Body, "FA9113");
        Assert.That(found.Select(f => (f.Written, f.Expected)), Is.EqualTo(new[]
        {
            ("二、财政专项支出、专项转移支付支出情况说明", "二、专项支出、转移支付支出情况说明"),
            ("第二部分2024年重点工作完成情况", "第二部分2024年度重点工作完成情况"),
        }));
        Assert.That(found.Select(f => f.Diagnostic.Location.ToString()), Has.All.Match(":¶[0-9]+$"));
    }

    [Test]
    public void Saying_无_twice_and_calling_itself_本单位_where_the_same_statement_says_本部门_are_warnings()
    {
        const string Text = "本部门职责。\n\n本部门2024年度无政府性基金预算财政拨款收入支出。\n\n测试局当年无政府性基金预算财政拨款收入支出。\n\n" +
                            "一、说明\n\n二、说明\n\n三、说明\n\n本单位当年无政府性基金预算财政拨款收入支出。\n\n本单位当年无国有资本经营预算财政拨款支出。\n";
        var found = Findings(Title + Text, "FA9114");
        Assert.That(found.Select(f => (AuditFiles.Short(f), f.Written)), Is.EquivalentTo(new[]
        {
            ("FA9114 :¶4", "当年无政府性基金预算财政拨款收入支出。"),
            ("FA9114 :¶8", "本单位"),
        }), "the 本单位 of a statement made only once is not reported");
    }

    private static List<AuditFinding> Findings(string markdown, string code) =>
        [.. AuditFiles.Audit(markdown).Findings.Where(f => f.Diagnostic.Code.Id == code)];
}
