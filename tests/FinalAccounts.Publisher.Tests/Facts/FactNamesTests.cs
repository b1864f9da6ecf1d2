using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>The naming rule of facts and the properties it names.</summary>
public sealed class FactNamesTests
{
    [Test]
    public void A_property_name_becomes_snake_case()
    {
        Assert.That(FactNames.Of("ShareOfExpenditure"), Is.EqualTo("share_of_expenditure"));
    }

    [Test]
    public void A_fact_type_is_reflected_once_so_its_getters_are_not_compiled_again_in_every_department()
    {
        // The same PropertyInfos each time keep the runtime's weakly held reflection cache and the getters' emitted
        // invokers alive through full collections; a new list each call let a batch emit them again and again.
        var first = FactNames.PropertiesOf(typeof(DisclosureFacts));
        Assert.That(FactNames.PropertiesOf(typeof(DisclosureFacts)), Is.SameAs(first));
        Assert.That(first.Select(p => p.Name), Does.Contain("department"));
    }
}
