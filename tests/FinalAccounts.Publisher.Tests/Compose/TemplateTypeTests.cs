using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Tests.Facts;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// Issue 14.14: facts have types, and formatting functions check them: a percentage of an amount ("17004%万元") or an
/// amount written raw is a located error (FA5020), not text.
/// </summary>
public sealed class TemplateTypeTests
{
    [TestCase("比上年{{ percent summary.total.current }}", "percent", "summary.total.current")]
    [TestCase("{{ money summary.total.rate }}", "money", "summary.total.rate")]
    [TestCase("{{ amount summary.total }}", "amount", "summary.total")]
    [TestCase("{{ change_phrase summary.total.current }}", "change_phrase", "summary.total.current")]
    [TestCase("{{ compare_word summary.total }}", "compare_word", "summary.total")]
    [TestCase("{{ sentence summary.total.current }}", "sentence", "summary.total.current")]
    public void A_function_given_the_wrong_kind_of_fact_names_both_at_the_call(string template, string function, string argument)
    {
        var d = TemplateProbe.Error("第一行\n" + template);
        Assert.That(d.Code.Id, Is.EqualTo("FA5020"));
        Assert.That((d.Location.File, d.Location.Line), Is.EqualTo(("probe.sbn", 2)));
        Assert.That(d.Location.Column, Is.GreaterThan(0));
        Assert.That(d.Message.Zh, Does.StartWith(function).And.Contain(argument));
    }

    [Test]
    public void Percent_of_an_amount_says_how_to_print_an_amount()
    {
        var d = TemplateProbe.Error("{{ percent three_public.total.budget.actual }}");
        Assert.That(d.Message.Zh, Does.Contain("应为比例或增减率，这里是金额").And.Contain("money").And.Contain("percent_of"));
    }

    [TestCase("{{ summary.total.current }}")]
    [TestCase("{{ gpb.share_of_expenditure }}")]
    public void An_amount_or_a_ratio_written_without_a_function_is_an_error(string template)
    {
        var d = TemplateProbe.Error(template);
        Assert.That(d.Code.Id, Is.EqualTo("FA5020"));
        Assert.That(d.Location.Line, Is.EqualTo(1));
    }

    [TestCase("{{ summary.total.current + 1 }}")]
    [TestCase("{{ x = summary.total.current * summary.total.prior }}")]
    [TestCase("{{ if summary.total.current == '26864.63' }}x{{ end }}")]
    public void A_template_cannot_compute_with_amounts(string template) =>
        Assert.That(TemplateProbe.Error(template).Code.Id, Is.EqualTo("FA5020"));

    [Test]
    public void Amounts_compare_with_zero_and_with_each_other()
    {
        Assert.That(TemplateProbe.Text(
                "{{ if procurement.works == 0 }}无工程{{ end }}{{ if procurement.goods > 0 }}有货物{{ end }}" +
                "{{ if procurement.sme <= procurement.total }}不超{{ end }}{{ if gpb.share_of_expenditure >= 1 }}全部{{ end }}"),
            Is.EqualTo("无工程有货物不超全部"));
    }

    [Test]
    public void A_function_with_too_few_values_says_how_many_it_takes()
    {
        var d = TemplateProbe.Error("{{ percent_of summary.total.current }}");
        Assert.That(d.Code.Id, Is.EqualTo("FA5002"));
        Assert.That(d.Message.Zh, Is.EqualTo("percent_of 需要 2 个参数，这里给了 1 个。参数依次为：金额、金额。"));
    }

    [Test]
    public void Percent_of_gives_the_share_of_any_two_amounts_with_house_rounding()
    {
        // 三公 决算 6.72 of 一般公共预算财政拨款基本支出 1660.86 = 0.4046% → 0.4%; 中小企业 327.72 of 875.78 = 37.42% → 37.4%.
        Assert.That(TemplateProbe.Text("{{ percent_of three_public.total.budget.actual gpb.basic }}|{{ percent_of procurement.sme procurement.total }}"),
            Is.EqualTo("0.4%|37.4%"));
        Assert.That(TemplateProbe.Text("{{ percent_of procurement.sme procurement.total }}", numbers: NumberStyle.Default with { PercentDecimals = 2 }),
            Is.EqualTo("37.42%"));
    }

    [Test]
    public void Percent_of_a_zero_whole_is_left_out_or_worded_by_the_style()
    {
        Assert.That(TemplateProbe.Text("[{{ percent_of procurement.works procurement.works }}]"), Is.EqualTo("[]"));
        var worded = NumberStyle.Default with { ZeroBaseShare = "--（基数为0，不可比）" };
        Assert.That(TemplateProbe.Text("[{{ percent_of procurement.works procurement.works }}]", numbers: worded),
            Is.EqualTo("[--（基数为0，不可比）]"));
    }

    [Test]
    public void Compare_and_versus_relate_any_two_amounts_as_the_facts_do()
    {
        // 三公 决算 6.72 against 机关运行经费 170.04; 机关运行经费 170.04 against its budget 132.40 (128.4%).
        Assert.That(TemplateProbe.Text(
                "{{ change_phrase (compare three_public.total.budget.actual operating_funds.actual) }}|" +
                "{{ percent (versus operating_funds.actual operating_funds.versus_budget.prior).rate }}"),
            Is.EqualTo("减少163.32万元，降低96%|128.4%"));
    }
}
