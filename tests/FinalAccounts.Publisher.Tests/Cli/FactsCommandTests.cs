using System.Text.Json;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>Issue 14.11: finacc facts lists every template variable with its type, value and source, as text or JSON.</summary>
public sealed class FactsCommandTests
{
    private static string Sample => SampleData.DepartmentFolder;

    [Test]
    public void Text_lists_name_type_value_printed_value_and_source()
    {
        var (code, output, _) = Finacc.Run("facts", Sample, "--templates", Path.Combine(SampleData.RepositoryRoot, "templates"));
        Assert.That(code, Is.EqualTo(0));
        var lines = output.Split('\n');
        Assert.That(lines.Single(l => l.StartsWith("summary.total.current ", StringComparison.Ordinal)),
            Does.Contain("金额  26864.63  → 26864.63万元").And.Contain("tables/01.csv:"));
        Assert.That(lines.Single(l => l.StartsWith("summary.total.rate ", StringComparison.Ordinal)),
            Does.Contain("比例").And.Contain("→ 24.4%").And.Contain("计算：|change| ÷ |prior|"));
        Assert.That(lines.Single(l => l.StartsWith("summary.reason ", StringComparison.Ordinal)), Does.Contain("explanations.yaml:"));
        Assert.That(lines.Single(l => l.StartsWith("t01.line29 ", StringComparison.Ordinal)), Does.Contain("年初结转和结余"));
        Assert.That(lines.Single(l => l.StartsWith("t01.line29.prior_year.{prior,", StringComparison.Ordinal)),
            Does.Contain("缺少").And.Contain("prior-year.yaml"));
    }

    [Test]
    public void Json_holds_every_fact_with_its_type_and_source()
    {
        var (code, output, _) = Finacc.Run("facts", Sample, "--format", "json", "--lang", "en");
        Assert.That(code, Is.EqualTo(0));
        using var json = JsonDocument.Parse(output);
        var facts = json.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var current = facts["gpb.total.current"];
        Assert.That((current.GetProperty("type").GetString(), current.GetProperty("value").GetString()), Is.EqualTo(("amount", "26864.63")));
        Assert.That(current.GetProperty("source").GetString(), Does.Contain("tables/05.csv"));
        Assert.That(facts["three_public.vehicle_operation.prior_year.rate"].GetProperty("printed").GetString(), Is.EqualTo("35.2%"));
        Assert.That(facts["year"].GetProperty("type").GetString(), Is.EqualTo("year"));
        Assert.That(facts["earlier_year"].GetProperty("missing").GetString(), Does.Contain("earlier"));
    }

    [Test]
    public void The_listing_has_every_name_a_template_reads_at_the_top()
    {
        var (_, output, _) = Finacc.Run("facts", Sample);
        var names = output.Split('\n').Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split("  ")[0]).ToHashSet();
        Assert.That(names, Is.SupersetOf(new[] { "year", "prior_year", "summary", "income", "expenditure", "fiscal", "gpb", "basic", "gov_funds",
            "state_capital", "three_public", "operating_funds", "procurement", "assets", "performance", "t01", "t04", "special", "key_work", "glossary" }));
    }

    [Test]
    public void A_folder_that_is_not_a_department_is_a_usage_error()
    {
        var (code, _, _) = Finacc.Run("facts", Path.Combine(SampleData.RepositoryRoot, "no-such-folder"));
        Assert.That(code, Is.EqualTo(2));
    }
}
