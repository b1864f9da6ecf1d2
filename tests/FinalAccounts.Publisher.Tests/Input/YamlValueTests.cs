using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// Null and negative values in YAML: a required key whose value is null (<c>~</c>, <c>null</c> or nothing) is FA1024 at the
/// value, never a silent 0 or empty text; an amount, count or score that cannot be negative is FA1023 when it is.
/// </summary>
public sealed class YamlValueTests
{
    [TestCase("performance/overview.yaml", "department_count: 1", "department_count: ~", "performance/overview.yaml:11:21")]
    [TestCase("department.yaml", "contact_phone: 027-87374508", "contact_phone: null", "department.yaml:21:16")]
    [TestCase("department.yaml", "contact_phone: 027-87374508", "contact_phone:", "department.yaml:21:15")]
    [TestCase("operating-funds.yaml", "budget: 132.40", "budget: ~", "operating-funds.yaml:5:9")]
    [TestCase("department.yaml", "fill_date: 2025-02-10", "fill_date: ~", "department.yaml:22:12")]
    [TestCase("three-public.yaml", "  purchased_count: 0", "  purchased_count: NULL", "three-public.yaml:23:20")]
    public void A_required_value_that_is_null_reports_FA1024_at_the_value(string file, string line, string nulled, string at)
    {
        using var copy = SampleData.Copy();
        copy.Replace(file, line, nulled);
        var run = copy.Check();

        Assert.That(run.Expect("FA1024", at).Message.Zh, Does.Contain("不能为空"));
        run.ExpectNewExactly($"FA1024 {at}");
    }

    [Test]
    public void Overall_null_no_longer_publishes_zero_departments()
    {
        using var copy = SampleData.Copy();
        copy.Replace("performance/overview.yaml", "overall:\n  department_count: 1\n  summary:", "overall: ~\n  # summary:");
        var run = copy.Check();

        Assert.That(run.Errors.Select(run.Spot), Is.EqualTo(new[] { "FA1024 performance/overview.yaml:10:10" }));
    }

    [TestCase("null")]
    [TestCase("Null")]
    [TestCase("~")]
    [TestCase("")]
    public void An_optional_text_that_is_null_reads_as_no_text(string value)
    {
        using var copy = SampleData.Copy();
        copy.Replace("explanations.yaml", "special_expenditure: ~", "special_expenditure: " + value);
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Model.Explanations.SpecialExpenditure.Value, Is.Empty);
    }

    [Test]
    public void A_quoted_null_is_the_text_null()
    {
        using var copy = SampleData.Copy();
        copy.Replace("explanations.yaml", "special_expenditure: ~", "special_expenditure: \"null\"");

        Assert.That(copy.Check().Model.Explanations.SpecialExpenditure.Value, Is.EqualTo("null"));
    }

    [TestCase("operating-funds.yaml", "budget: 132.40", "budget: -132.40", "operating-funds.yaml:5:9")]
    [TestCase("procurement.yaml", "goods: 109.16", "goods: -109.16", "procurement.yaml:8:8")]
    [TestCase("performance/overall.yaml", "goal_score: 20", "goal_score: -20", "performance/overall.yaml:20:13")]
    public void A_negative_amount_or_score_in_YAML_reports_FA1023_at_the_value(string file, string line, string negative, string at)
    {
        using var copy = SampleData.Copy();
        copy.Replace(file, line, negative);
        var run = copy.Check();

        Assert.That(run.Expect("FA1023", at).Message.Zh, Does.Contain("负数"));
        Assert.That(run.New.Select(run.Spot), Does.Contain($"FA1023 {at}"));
        Assert.That(run.New.Where(d => d.Code.Id.StartsWith("FA10", StringComparison.Ordinal)).Select(run.Spot),
            Is.EqualTo(new[] { $"FA1023 {at}" }), "the value is not read, so no other input error follows");
    }

    [Test]
    public void A_reported_decrease_in_prior_year_yaml_may_be_negative()
    {
        using var copy = SampleData.Copy();
        Assert.That(copy.ReadText("prior-year.yaml"), Does.Match(@"reported_changes:[\s\S]*: -\d"), "the sample has a decrease");
        copy.Check().ExpectNothingNew();
    }
}
