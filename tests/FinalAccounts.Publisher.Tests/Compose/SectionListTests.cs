using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// style.yaml's section list: a style derived from the default reorders, drops, renames and inserts sections without
/// copying a part, and every heading is renumbered from the one numbering.
/// </summary>
public sealed class SectionListTests
{
    private static List<string> Headings(Composed composed, int level) =>
        composed.Document!.Blocks.OfType<Heading>().Where(h => h.Level == level).Select(h => h.FullText).ToList();

    private static Composed ComposeOk(TemplatesCopy templates, string style)
    {
        var composed = templates.Compose(style);
        Assert.That(composed.Document, Is.Not.Null, Golden.SampleDisclosure.Report(composed.Diagnostics));
        return composed;
    }

    [Test]
    public void Dropping_and_renaming_sections_by_settings_renumbers_the_rest()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "section_changes:\n  total: { include: false }\n  operating-funds: 机关运行经费支出情况\n");
        var sections = Headings(ComposeOk(templates, "mine"), 2);
        Assert.That(sections, Does.Contain("一、收入决算情况说明"));
        Assert.That(sections, Does.Contain("九、机关运行经费支出情况"));
        Assert.That(sections, Does.Contain("十三、财政专项支出、专项转移支付支出情况说明"));
        Assert.That(sections.Where(s => s.EndsWith("、收入支出决算总体情况说明")), Is.Empty);
        Assert.That(Directory.GetFiles(Path.Combine(templates.Root, "mine"), "*", SearchOption.AllDirectories), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_reordered_list_moves_parts_and_a_section_placed_deeper_takes_its_sub_headings_down_with_it()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", """
            sections:
              - cover
              - overview
              - explanation:
                  sections:
                    - total
                    - other:
                        title: 其他重要事项的情况说明
                        sections:
                          - performance: 预算绩效管理情况
              - tables: 附表
            """);
        var composed = ComposeOk(templates, "mine");
        Assert.That(Headings(composed, 1), Is.EqualTo(new[]
        {
            "第一部分 武汉市洪山区经济信息化和科技创新局概况", "第二部分 武汉市洪山区经济信息化和科技创新局2024年度部门决算情况说明", "第三部分 附表",
        }));
        Assert.That(Headings(composed, 3), Is.EqualTo(new[] { "（一）预算绩效管理情况" }));
        Assert.That(Headings(composed, 4), Is.EqualTo(new[] { "1.预算绩效管理工作开展情况", "2.部门整体支出自评结果", "3.项目支出自评结果", "4.绩效自评结果应用情况" }));
        Assert.That(composed.Document!.Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => h.FullText).Take(3),
            Is.EqualTo(new[] { "一、部门主要职责", "二、机构设置情况", "一、收入支出决算总体情况说明" }));
        Assert.That(composed.Markdown, Does.Contain("一、收入支出决算总表"));
        Assert.That(composed.Markdown, Does.Not.Contain("重点工作完成情况"));
    }

    [Test]
    public void A_new_section_is_inserted_with_only_its_own_part()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", """
            sections:
              - cover
              - overview
              - explanation:
                  sections:
                    - total
                    - general-spending: 一般性支出情况说明
                    - income
            """);
        templates.Write("mine/parts/general-spending.sbn", "{{ year }}年度一般性支出情况见下。\n");
        var composed = ComposeOk(templates, "mine");
        Assert.That(Headings(composed, 2), Does.Contain("二、一般性支出情况说明").And.Contain("三、收入决算情况说明"));
        Assert.That(composed.Markdown, Does.Contain("2024年度一般性支出情况见下。"));
    }

    [Test]
    public void Numbering_is_a_setting_of_the_style()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "numbering: [\"第{一}章\", \"{一}、\", \"（{一}）\", \"{1}、\", \"（{1}）\"]\n");
        var composed = ComposeOk(templates, "mine");
        Assert.That(Headings(composed, 1)[0], Is.EqualTo("第一章 武汉市洪山区经济信息化和科技创新局概况"));
        Assert.That(Headings(composed, 4)[0], Is.EqualTo("1、一般公共服务支出具体包括："));
    }

    [Test]
    public void An_unknown_section_in_section_changes_is_reported_with_the_nearest_id()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "section_changes:\n  operating-fund: 机关运行经费\n");
        var bag = new DiagnosticBag();
        templates.Read("mine", bag);
        var d = bag.Items.Single(x => x.Code.Id == "FA5006");
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((3, 3)));
        Assert.That(d.Message.Zh, Does.Contain("是不是“operating-funds”"));
    }

    [Test]
    public void A_section_listed_twice_or_with_a_bad_id_is_reported_where_it_is_written()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "sections:\n  - cover\n  - Overview\n  - cover\n");
        var bag = new DiagnosticBag();
        templates.Read("mine", bag);
        var lines = bag.Items.Where(x => x.Code.Id == "FA5006").Select(x => x.Location.Line).ToList();
        Assert.That(lines, Is.EqualTo(new[] { 4, 5 }));
    }

    [Test]
    public void A_part_that_no_section_names_is_reported_with_the_name_it_probably_meant()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "");
        templates.Write("mine/parts/10-operating-funds.sbn", "部门专用的机关运行经费说明。\n");
        var composed = ComposeOk(templates, "mine");
        var d = composed.Diagnostics.Items.Single(x => x.Code.Id == "FA5007");
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(d.Location.File, Does.EndWith("mine/parts/10-operating-funds.sbn"));
        Assert.That(d.Message.Zh, Does.Contain("是不是 operating-funds.sbn"));
        Assert.That(composed.Markdown, Does.Not.Contain("部门专用的机关运行经费说明"));
        Assert.That(Headings(composed, 2).Count(h => h.Contains("机关运行经费")), Is.EqualTo(1));
    }

    [Test]
    public void A_derived_part_of_the_same_name_replaces_the_base_part_in_place()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "");
        templates.Write("mine/parts/operating-funds.sbn", "本部门机关运行经费按规定使用。\n");
        var composed = ComposeOk(templates, "mine");
        var md = composed.Markdown!;
        var (heading, body, next) = (md.LastIndexOf("十、机关运行经费支出说明"), md.IndexOf("本部门机关运行经费按规定使用。"), md.LastIndexOf("十一、政府采购支出说明"));
        Assert.That(heading, Is.GreaterThan(0));
        Assert.That(body, Is.GreaterThan(heading).And.LessThan(next));
        Assert.That(md, Does.Not.Contain("年度武汉市洪山区经济信息化和科技创新局机关运行经费支出"));
    }
}
