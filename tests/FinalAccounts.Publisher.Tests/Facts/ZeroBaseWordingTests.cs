using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>
/// Issue 14.6: a rate with a zero base is left out by default (the reference) and worded by the style when it says so,
/// with its own wording for growth, completion and shares (Guangdong "--（基数为0，不可比）", Sichuan and Yunnan "0%").
/// </summary>
public sealed class ZeroBaseWordingTests
{
    private static readonly NumberStyle Guangdong = NumberStyle.Default with
    {
        ZeroBaseGrowth = "--（基数为0，不可比）",
        ZeroBaseCompletion = "--%（预算数为0，不可比）",
    };

    private static readonly NumberStyle Sichuan = NumberStyle.Default with { ZeroBaseGrowth = "0%", ZeroBaseCompletion = "0%" };

    private static string ChangeOf(decimal current, decimal prior, NumberStyle style) =>
        TemplateFunctions.ChangePhrase(new Comparison(Money.Computed(current), Money.Computed(prior), style.ZeroBase),
            new NumberFormatter(style), WordStyle.Default);

    [Test]
    public void Growth_from_zero_is_left_out_by_default_and_worded_by_the_style()
    {
        Assert.That(ChangeOf(3489m, 0m, NumberStyle.Default), Is.EqualTo("增加3489万元"));
        Assert.That(ChangeOf(3489m, 0m, Guangdong), Is.EqualTo("增加3489万元，增长--（基数为0，不可比）"));
        Assert.That(ChangeOf(3489m, 0m, Sichuan), Is.EqualTo("增加3489万元，增长0%"));
    }

    [Test]
    public void A_rate_with_a_base_is_the_same_in_every_style() =>
        Assert.That(ChangeOf(26864.63m, 35549.61m, Guangdong), Is.EqualTo("减少8684.98万元，降低24.4%"));

    [Test]
    public void Completion_against_a_zero_budget_is_left_out_by_default_and_worded_by_the_style()
    {
        // 2030699 其他国防动员支出: 年初预算 0, 决算 3489 (reference 五（三）3(1)).
        const string item = "{{ i = gpb.execution_by_class[1].items[0] }}{{ i.item_name }}{{ if i.execution.has_rate }}，完成年初预算的{{ percent i.execution.rate }}{{ end }}";
        Assert.That(TemplateProbe.Text(item), Is.EqualTo("其他国防动员支出"));
        Assert.That(TemplateProbe.Text(item, numbers: Guangdong), Is.EqualTo("其他国防动员支出，完成年初预算的--%（预算数为0，不可比）"));
        Assert.That(TemplateProbe.Text(item, numbers: Sichuan), Is.EqualTo("其他国防动员支出，完成年初预算的0%"));
    }

    [Test]
    public void Growth_and_completion_words_differ_in_one_style()
    {
        // 三公 决算 6.72 against 因公出国 0 (a growth from zero); 因公出国 预算 0, 决算 0 (a completion of a zero budget).
        var text = TemplateProbe.Text(
            "{{ change_phrase (compare three_public.total.budget.actual three_public.overseas.budget.actual) }}|" +
            "{{ percent three_public.overseas.budget.rate }}", numbers: Guangdong);
        Assert.That(text, Is.EqualTo("增加6.72万元，增长--（基数为0，不可比）|--%（预算数为0，不可比）"));
    }

    [Test]
    public void Zero_base_text_alone_words_every_kind()
    {
        var style = HouseStyleFiles.Read("numbers:\n  zero_base_text: \"0%\"\n").Numbers;
        Assert.That((style.ZeroBaseGrowth, style.ZeroBaseCompletion, style.ZeroBaseShare), Is.EqualTo(("0%", "0%", "0%")));
        var apart = HouseStyleFiles.Read("numbers:\n  zero_base_text: \"0%\"\n  zero_base_growth: \"--（基数为0，不可比）\"\n").Numbers;
        Assert.That((apart.ZeroBaseGrowth, apart.ZeroBaseCompletion), Is.EqualTo(("--（基数为0，不可比）", "0%")));
    }
}
