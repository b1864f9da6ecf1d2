using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>The house style's number formats, and 四舍五入 (half away from zero) wherever a number is rounded.</summary>
public sealed class NumberFormatterTests
{
    private static readonly NumberFormatter Default = new(NumberStyle.Default);

    [TestCase("26864.63", "26,864.63")]
    [TestCase("3489", "3,489.00")]
    [TestCase("0.18", "0.18")]
    [TestCase("0", "")]
    public void Table_amounts_have_separators_two_decimals_and_blank_zero(string value, string expected) =>
        Assert.That(Default.Table(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [TestCase("26864.63", "26864.63")]
    [TestCase("3489.00", "3489")]
    [TestCase("187.90", "187.9")]
    [TestCase("0.6", "0.6")]
    [TestCase("0", "0")]
    [TestCase("1.005", "1.01")]
    public void Prose_amounts_have_no_separators_and_no_trailing_zeros(string value, string expected) =>
        Assert.That(Default.Prose(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [TestCase("0.244306", "24.4%")]
    [TestCase("0.13", "13%")]
    [TestCase("1", "100%")]
    [TestCase("1.205", "120.5%")]
    [TestCase("0.1225", "12.3%")]
    [TestCase("0.1235", "12.4%")]
    [TestCase("0.00667", "0.7%")]
    public void Percentages_round_half_away_from_zero_to_one_decimal(string ratio, string expected) =>
        Assert.That(Default.Percent(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [TestCase("0.97699", "97.70%")]
    [TestCase("1", "100.00%")]
    public void Form_rates_keep_two_decimals(string ratio, string expected) =>
        Assert.That(Default.FormPercent(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [Test]
    public void A_decrease_reads_减少_and_降低_with_amount_and_rate() =>
        Assert.That(TemplateFunctions.ChangePhrase(new Comparison(Money.Computed(26864.63m), Money.Computed(35549.61m)), Default, WordStyle.Default), Is.EqualTo("减少8684.98万元，降低24.4%"));

    [Test]
    public void An_increase_from_a_zero_base_has_no_rate() =>
        Assert.That(TemplateFunctions.ChangePhrase(new Comparison(Money.Computed(3489m), Money.Computed(0m)), Default, WordStyle.Default), Is.EqualTo("增加3489万元"));

    [Test]
    public void Equal_figures_read_持平() =>
        Assert.That(TemplateFunctions.ChangePhrase(new Comparison(Money.Computed(0m), Money.Computed(0m)), Default, WordStyle.Default), Is.EqualTo("持平"));

    [TestCase(1, "一")]
    [TestCase(10, "十")]
    [TestCase(14, "十四")]
    [TestCase(26, "二十六")]
    public void Chinese_numbers_for_section_labels(int n, string expected) => Assert.That(TemplateFunctions.Chinese(n), Is.EqualTo(expected));

    [TestCase("原因", "原因。")]
    [TestCase("原因。", "原因。")]
    [TestCase("原因；", "原因。")]
    [TestCase("", "")]
    public void Sentence_ends_with_one_full_stop(string text, string expected) => Assert.That(TemplateFunctions.Sentence(text), Is.EqualTo(expected));
}
