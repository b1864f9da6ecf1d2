using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// The rounding tail the tables' note allows: n addends rounded from 元 to 万元 may miss their total by ⌊(n+1)/2⌋ cents.
/// Within it the check reports FA2900 (info); one cent more is the identity's error.
/// </summary>
public sealed class RoundingToleranceTests
{
    [TestCase(-1, "0")]
    [TestCase(0, "0")]
    [TestCase(1, "0")]
    [TestCase(2, "0.01")]
    [TestCase(3, "0.02")]
    [TestCase(4, "0.02")]
    [TestCase(5, "0.03")]
    [TestCase(7, "0.04")]
    [TestCase(26, "0.13")]
    [TestCase(27, "0.14")]
    public void Tolerance_is_half_a_cent_per_rounded_figure_including_the_total(int addends, string cents) =>
        Assert.That(RoundingTolerance.For(addends), Is.EqualTo(decimal.Parse(cents, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Tolerance_never_shrinks_as_addends_are_added()
    {
        for (var n = 1; n < 60; n++)
            Assert.That(RoundingTolerance.For(n + 1), Is.GreaterThanOrEqualTo(RoundingTolerance.For(n)), $"n = {n}");
    }

    // 款 20805 in 公开02表 (line 29) is the sum of four 项 (tolerance 0.02); its item 2080501 (line 30) is 95.10.
    [TestCase("95.12", 307.25, 0.02)]
    [TestCase("95.08", 307.21, -0.02)]
    public void A_tail_within_the_tolerance_is_reported_as_information_not_an_error(string item, decimal sum, decimal tail)
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/02.csv", "2080501", "本年收入合计", item);
        copy.SetCell("tables/02.csv", "2080501", "财政拨款收入", item);
        var run = copy.Check();

        var d = run.Expect("FA2900", "tables/02.csv:29:3", expected: sum, actual: 307.23m, tolerance: 0.02m);
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
        Assert.That(d.Figures!.Difference, Is.EqualTo(-tail));
        Assert.That(d.Message.Zh, Does.Contain("允许 ±0.02"));
        run.ExpectNewExactly("FA2900 tables/02.csv:29:3", "FA2900 tables/02.csv:29:4");
    }

    [TestCase("95.13", 307.26)]
    [TestCase("95.07", 307.20)]
    public void A_tail_one_cent_beyond_the_tolerance_is_the_identitys_error(string item, decimal sum)
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/02.csv", "2080501", "本年收入合计", item);
        copy.SetCell("tables/02.csv", "2080501", "财政拨款收入", item);
        var run = copy.Check();

        run.Expect("FA2002", "tables/02.csv:29:3", expected: sum, actual: 307.23m, tolerance: 0.02m);
        run.ExpectNewExactly("FA2002 tables/02.csv:29:3", "FA2002 tables/02.csv:29:4");
    }

    [Test]
    public void A_single_addend_allows_no_tail()
    {
        // 类 203 has one 款 20306, which has one 项: a cent between them is an error, not a rounding tail.
        using var copy = SampleData.Copy();
        foreach (var code in new[] { "20306", "2030699" })
        foreach (var column in new[] { "本年收入合计", "财政拨款收入" })
            copy.SetCell("tables/02.csv", code, column, "3489.01");
        var run = copy.Check();

        run.Expect("FA2002", "tables/02.csv:7:3", expected: 3489.01m, actual: 3489m, tolerance: 0m);
        run.ExpectNewExactly("FA2002 tables/02.csv:7:3", "FA2002 tables/02.csv:7:4");
    }

    [Test]
    public void Tolerance_applies_to_narrative_sums_too()
    {
        // fuel + repairs + insurance + parking: four rounded figures against 公开09表's 6.72.
        using var copy = SampleData.Copy();
        copy.Replace("three-public.yaml", "fuel: 2.26", "fuel: 2.27");
        var run = copy.Check();

        run.Expect("FA2900", "three-public.yaml:26:11", expected: 6.73m, actual: 6.72m, tolerance: 0.02m);
        run.ExpectNewExactly("FA2900 three-public.yaml:26:11", "FA2900 tables/09.csv:3:6");
    }
}
