using System.Reflection;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>Keeps the identity cases complete: every code the checks can report is broken by at least one case.</summary>
public sealed class IdentityCoverageTests
{
    private static IEnumerable<IdentityCase> AllCases() =>
        TableIdentityTests.Cases()
            .Concat(LineTableIdentityTests.Cases())
            .Concat(CrossTableIdentityTests.Cases())
            .Concat(NarrativeIdentityTests.Cases())
            .Concat(PerformanceIdentityTests.Cases());

    [Test]
    public void Every_check_code_has_a_case_that_breaks_it()
    {
        var codes = typeof(CheckCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => ((DiagnosticCode)f.GetValue(null)!).Id)
            .Where(id => id != CheckCodes.RoundingTail.Id) // FA2900: RoundingToleranceTests
            .Where(id => id != CheckCodes.PriorYearDisagrees.Id) // FA4012 needs two years: PriorYearChainTests
            .ToList();
        Assert.That(codes, Has.Count.EqualTo(37), "FA2001–FA2008, FA3001–FA3010, FA4001–FA4011, FA4501–FA4508");

        var covered = AllCases().Select(c => c.Code).ToHashSet();
        Assert.That(codes.Where(c => !covered.Contains(c)), Is.Empty, "codes without an identity case");
    }

    [Test]
    public void Case_names_are_unique() =>
        Assert.That(AllCases().GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
}
