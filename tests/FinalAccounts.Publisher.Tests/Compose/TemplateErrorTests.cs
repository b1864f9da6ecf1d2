using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// A template's errors in the editor's language at the right line and column: Scriban's English runtime and syntax
/// messages in Chinese (English under --lang en), unknown names with the nearest one that exists, and a missing }}
/// where it is missing.
/// </summary>
public sealed class TemplateErrorTests
{
    private static Diagnostic OnlyError(string template, string code)
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/total.sbn", template);
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        Assert.That(composed.Document, Is.Null, "the build must stop");
        var errors = composed.Diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.That(errors.Select(e => e.Code.Id), Is.EqualTo(new[] { code }), SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(errors[0].Location.File, Does.EndWith("templates/total.sbn"));
        return errors[0];
    }

    [Test]
    public void A_misspelt_member_names_the_member_it_probably_meant()
    {
        var d = OnlyError("总计{{ money gpb.execution.actul }}万元。\n", "FA5002");
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((1, 26)));
        Assert.That(d.Message.Zh, Does.StartWith("没有 actul，是不是 actual？可用的有："));
        Assert.That(d.Message.Zh, Does.Contain("budget").And.Contain("rate"));
        Assert.That(d.Message.En, Does.StartWith("There is no member actul; did you mean actual? Members: "));
        Assert.That(d.Message.Zh, Does.Not.Contain("Cannot get member"));
    }

    [Test]
    public void A_misspelt_variable_names_the_variable_it_probably_meant()
    {
        var d = OnlyError("{{ money operating_fund.actual }}万元。\n", "FA5002");
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((1, 10)));
        Assert.That(d.Message.Zh, Is.EqualTo("没有变量或函数 operating_fund，是不是 operating_funds？"));
        Assert.That(d.Message.En, Is.EqualTo("There is no variable or function operating_fund; did you mean operating_funds?"));
    }

    [Test]
    public void A_misspelt_loop_variable_names_the_loop_variable()
    {
        var d = OnlyError("{{ for item in income.items }}{{ itm.name }}{{ end }}\n", "FA5002");
        Assert.That(d.Message.Zh, Is.EqualTo("没有变量或函数 itm，是不是 item？"));
    }

    [Test]
    public void A_missing_closing_brace_pair_is_reported_where_it_is_missing_not_at_a_later_comma()
    {
        var d = OnlyError("第一行。\n收入合计{{ money income.total.current 万元，与上年相比{{ change_phrase income.total }}。\n", "FA5001");
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((2, 34)));
        Assert.That(d.Message.Zh, Does.StartWith("这里缺少 }}：").And.Contain("第 2 行第 5 列的 {{ 没有对应的 }}"));
    }

    [Test]
    public void A_block_without_its_end_is_named_in_Chinese()
    {
        var d = OnlyError("{{ if summary.reason != \"\" }}原因是{{ summary.reason }}。\n", "FA5001");
        Assert.That(d.Message.Zh, Is.EqualTo("{{ if }} 缺少对应的 {{ end }}。"));
        Assert.That(d.Message.En, Is.EqualTo("{{ if }} has no matching {{ end }}."));
    }

    [Test]
    public void A_wrong_number_of_arguments_is_explained_in_Chinese()
    {
        var d = OnlyError("{{ money }}\n", "FA5002");
        Assert.That(d.Message.Zh, Does.StartWith("money 需要 1 个参数，这里给了 0 个。"));
    }

    [Test]
    public void Scriban_limit_messages_are_Chinese_too()
    {
        var d = OnlyError("{{ s = 'x' * 1000001 }}{{# number-ok }}\n", "FA5004");
        Assert.That(d.Message.Zh, Is.EqualTo("文字相乘得到的文字超过 1,000,000 个字符的上限。"));
        Assert.That(d.Message.En, Does.Not.Contain("LimitToString"));
    }

    [Test]
    public void An_error_in_a_section_title_points_into_style_yaml()
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", "section_changes:\n  total: \"{{ yeer }}年度收入支出决算总体情况说明\"\n");
        var composed = templates.Compose("mine");
        var d = composed.Diagnostics.Items.Single(x => x.Severity == Severity.Error);
        Assert.That(d.Location.File, Does.EndWith("mine/style.yaml"));
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((3, 14)));
        Assert.That(d.Message.Zh, Is.EqualTo("没有变量或函数 yeer，是不是 year？"));
    }
}
