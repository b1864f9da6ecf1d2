using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// Malformed YAML gives located errors (line and column of the key or value) and never an exception; a file that cannot be
/// parsed is reported once and not used.
/// </summary>
public sealed class YamlTests
{
    [Test]
    public void A_full_width_colon_reports_FA1013_on_its_line_with_the_hint()
    {
        using var copy = SampleData.Copy();
        copy.Replace("procurement.yaml", "goods: 109.16", "goods：109.16");
        var run = copy.Check();

        Assert.That(run.Expect("FA1013", "procurement.yaml:8:1").Message.Zh, Does.Contain("全角冒号"));
        run.ExpectNewExactly("FA1013 procurement.yaml:8:1");
    }

    [TestCase("    fuel: 2.26", "\tfuel: 2.26", "three-public.yaml:26:1")]
    [TestCase("    repairs: 3.32", "  \trepairs: 3.32", "three-public.yaml:27:3")]
    [TestCase("  confidential: 1", "\tconfidential: 1", "assets.yaml:10:1")]
    public void A_tab_in_the_indentation_reports_FA1013_at_the_tab_with_the_hint(string line, string tabbed, string at)
    {
        using var copy = SampleData.Copy();
        var file = at[..at.IndexOf(':')];
        copy.Replace(file, line, tabbed);
        var run = copy.Check();

        Assert.That(run.Expect("FA1013", at).Message.Zh, Does.Contain("Tab"));
        run.ExpectNewExactly($"FA1013 {at}");
    }

    [Test]
    public void A_duplicate_key_reports_FA1013_at_the_second_one()
    {
        using var copy = SampleData.Copy();
        copy.Replace("procurement.yaml", "goods: 109.16\n", "goods: 109.16\ngoods: 109.16\n");
        var run = copy.Check();

        Assert.That(run.Expect("FA1013", "procurement.yaml:9:1").Message.Zh, Does.Contain("出现了两次"));
        run.ExpectNewExactly("FA1013 procurement.yaml:9:1");
    }

    [Test]
    public void An_unclosed_quote_reports_FA1013_where_the_quote_opens()
    {
        using var copy = SampleData.Copy();
        copy.Replace("operating-funds.yaml", "reason: 区大数据中心", "reason: \"区大数据中心");
        var run = copy.Check();

        run.ExpectNewExactly("FA1013 operating-funds.yaml:6:9");
    }

    [Test]
    public void A_misspelt_key_reports_FA1014_with_a_did_you_mean_suggestion()
    {
        using var copy = SampleData.Copy();
        copy.Replace("three-public.yaml", "purchase_note:", "purchse_note:");
        var run = copy.Check();

        var d = run.Expect("FA1014", "three-public.yaml:22:3");
        Assert.That(d.Message.Zh, Does.Contain("“purchse_note”，是否应为“purchase_note”"));
        Assert.That(d.Message.En, Does.Contain("did you mean 'purchase_note'"));
        Assert.That(run.Expect("FA1015", "three-public.yaml:20:3").Message.Zh, Does.Contain("purchase_note"));
        run.ExpectNewExactly("FA1014 three-public.yaml:22:3", "FA1015 three-public.yaml:20:3");
    }

    [Test]
    public void An_unknown_key_without_a_near_match_lists_the_known_keys()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("operating-funds.yaml", "remark: 无");
        var run = copy.Check();

        Assert.That(run.Expect("FA1014", "operating-funds.yaml:7:1").Message.Zh, Does.Contain("可用的项目名").And.Contain("budget").And.Contain("reason"));
        run.ExpectNewExactly("FA1014 operating-funds.yaml:7:1");
    }

    [TestCase("contact_phone: 027-87374508\n", "department.yaml:12:1", "contact_phone")]
    [TestCase("  department_count: 1\n", "performance/overview.yaml:11:3", "department_count")]
    public void A_missing_required_key_reports_FA1015_at_its_mapping(string removed, string at, string key)
    {
        using var copy = SampleData.Copy();
        copy.Replace(at[..at.IndexOf(':')], removed, "");
        var run = copy.Check();

        Assert.That(run.Expect("FA1015", at).Message.Zh, Does.Contain(key));
        run.ExpectNewExactly($"FA1015 {at}");
    }

    [TestCase("department.yaml", "units:\n  - 武汉市洪山区经济信息化和科技创新局（本级）", "units: 武汉市洪山区经济信息化和科技创新局（本级）", "department.yaml:18:8", "列表")]
    [TestCase("department.yaml", "fill_date: 2025-02-10", "fill_date: 2025年2月10日", "department.yaml:22:12", "日期")]
    [TestCase("performance/overview.yaml", "department_count: 1", "department_count: 一个", "performance/overview.yaml:11:21", "整数")]
    [TestCase("performance/overview.yaml", "department_count: 1", "department_count: [1]", "performance/overview.yaml:11:21", "整数")]
    public void A_value_of_the_wrong_kind_reports_FA1016_at_the_value(string file, string line, string wrong, string at, string kind)
    {
        using var copy = SampleData.Copy();
        copy.Replace(file, line, wrong);
        var run = copy.Check();

        Assert.That(run.Expect("FA1016", at).Message.Zh, Does.Contain(kind));
        run.ExpectNewExactly($"FA1016 {at}");
    }

    [Test]
    public void A_bad_amount_in_YAML_reports_FA1007_at_the_value()
    {
        using var copy = SampleData.Copy();
        copy.Replace("operating-funds.yaml", "budget: 132.40", "budget: 132.4万元");
        var run = copy.Check();

        Assert.That(run.Expect("FA1007", "operating-funds.yaml:5:9").Message.Zh, Does.Contain("不要写单位"));
        run.ExpectNewExactly("FA1007 operating-funds.yaml:5:9");
    }

    [Test]
    public void Every_problem_of_a_file_is_reported_in_one_run()
    {
        using var copy = SampleData.Copy();
        copy.Replace("department.yaml", "fill_date: 2025-02-10", "fill_date: 明天");
        copy.Replace("department.yaml", "contact_phone: 027-87374508\n", "");
        copy.AppendLine("department.yaml", "logo: x.png");
        var run = copy.Check();

        run.ExpectNewExactly("FA1016 department.yaml:21:12", "FA1015 department.yaml:12:1", "FA1014 department.yaml:23:1");
    }
}
