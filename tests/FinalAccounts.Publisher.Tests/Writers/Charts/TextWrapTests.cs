using FinalAccounts.Publisher.Writers.Charts;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>Long key and axis labels wrap at a comma, before a number, never inside one, in balanced lines.</summary>
public sealed class TextWrapTests
{
    private static float Chars(string s) => s.Length;

    [Test]
    public void Text_that_fits_stays_on_one_line() =>
        Assert.That(TextWrap.Lines("基本支出1660.86万元", 20, Chars), Is.EqualTo(new[] { "基本支出1660.86万元" }));

    [Test]
    public void Breaks_after_the_comma_before_the_share() =>
        Assert.That(TextWrap.Lines("项目支出25203.77万元，占93.8%", 16, Chars), Is.EqualTo(new[] { "项目支出25203.77万元，", "占93.8%" }));

    [Test]
    public void Breaks_before_a_number_rather_than_inside_it() =>
        Assert.That(TextWrap.Lines("使用非财政拨款结余收入1660.86万元", 16, Chars), Is.EqualTo(new[] { "使用非财政拨款结余收入", "1660.86万元" }));

    [Test]
    public void Lines_are_balanced_so_none_is_a_lone_character() =>
        Assert.That(TextWrap.Lines("社会保障和就业支出", 4, Chars), Is.EqualTo(new[] { "社会保", "障和就", "业支出" }));
}
