using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>
/// <see cref="IPartialFacts.Absent"/> lets the fact tree skip reading a member the data do not give: it must say
/// "absent" exactly when reading the member throws, with the same words, for every implementation and every state.
/// </summary>
public class PartialFactsTests
{
    private static readonly LocalizedText NoBase = new("缺上年数", "no prior figure");
    private static readonly LocalizedText NoEarlier = new("缺第二比较年度", "no second comparison year");

    private static IEnumerable<TestCaseData> States()
    {
        var known = new Comparison(Money.Computed(120m), Money.Computed(100m));
        var unknown = Comparison.WithoutBase(Money.Computed(120m), NoBase, ZeroBasePolicy.None);
        var earlier = new Comparison(Money.Computed(120m), Money.Computed(90m));
        yield return new TestCaseData(known).SetName("Comparison with a base");
        yield return new TestCaseData(unknown).SetName("Comparison without a base");
        yield return new TestCaseData(known.WithEarlier(earlier)).SetName("Comparison with a base and a second year");
        yield return new TestCaseData(known.WithoutEarlier(NoEarlier)).SetName("Comparison with a base, no second year");
        yield return new TestCaseData(unknown.WithoutEarlier(NoEarlier)).SetName("Comparison without a base or second year");
        yield return new TestCaseData(Comparison.WithoutBase(Money.Zero, NoBase, ZeroBasePolicy.None).WithEarlier(earlier))
            .SetName("Comparison without a base, with a second year");

        var at = SourceLocation.OfFile("three-public.yaml");
        yield return new TestCaseData(new ReceptionFacts(ReceptionCounts.None)).SetName("Reception without counts");
        yield return new TestCaseData(new ReceptionFacts(new ReceptionCounts(new(3, at), null, null, new(12, at))))
            .SetName("Reception with some counts");
        var facts = FactsBuilder.Build(TemplateProbe.Sample);
        yield return new TestCaseData(facts with { EarlierYearOrNull = null }).SetName("Disclosure without a second year");
        yield return new TestCaseData(facts with { EarlierYearOrNull = new Located<int>(2022, at) })
            .SetName("Disclosure with a second year");
    }

    [TestCaseSource(nameof(States))]
    public void Absent_says_what_reading_the_member_does(IPartialFacts facts)
    {
        var properties = facts.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0).ToList();
        Assert.That(properties, Is.Not.Empty);
        foreach (var property in properties)
        {
            LocalizedText? thrown = null;
            try
            {
                property.GetValue(facts);
            }
            catch (TargetInvocationException e) when (e.InnerException is MissingFactException m)
            {
                thrown = new LocalizedText(m.Zh, m.En);
            }

            Assert.That(facts.Absent(property.Name), Is.EqualTo(thrown), property.Name);
        }
    }

    [Test]
    public void The_fact_tree_marks_a_figure_without_its_prior_missing_with_the_reason_reading_it_gives()
    {
        // The sample's prior-year.yaml gives no prior figure for 公开01表 line 29 (see PriorYearFactsTests).
        var facts = FactsBuilder.Build(TemplateProbe.Sample);
        var nodes = FactCatalog.Flatten(FactCatalog.Of(facts)).ToDictionary(f => f.Path, f => f.Node);
        var expected = nodes["t01.line29.prior_year.prior"].Missing;
        Assert.That(expected, Is.Not.Null);
        Assert.That(nodes["t01.line29.prior_year.has_prior"].Value, Is.EqualTo(false));
        Assert.That(nodes["t01.line29.prior_year.current"].Kind, Is.EqualTo(FactKind.Amount));
        foreach (var member in new[] { "change", "rate", "is_up", "direction" })
        {
            var node = nodes["t01.line29.prior_year." + member];
            Assert.That((node.Kind, node.Missing), Is.EqualTo((FactKind.Missing, expected)), member);
        }

        Assert.That(expected!.Value.Zh, Does.Contain("t01.29"));
        Assert.That(nodes["t01.line29.prior_year.rate"].Formula, Is.EqualTo("|change| ÷ |prior|"));
    }
}
