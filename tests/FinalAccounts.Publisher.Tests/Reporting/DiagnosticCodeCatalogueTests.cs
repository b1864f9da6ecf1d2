using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Reporting;

/// <summary>
/// The codes of every stage's catalogue (<c>*Codes.cs</c>) are what users search the guides for and what tools filter
/// on: each id names one diagnostic, whichever catalogue declares it.
/// </summary>
public sealed class DiagnosticCodeCatalogueTests
{
    private static IEnumerable<(string Field, DiagnosticCode Code)> AllCodes() =>
        typeof(DiagnosticCode).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticCode) && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (DiagnosticCode)f.GetValue(null)!));

    [Test]
    public void Every_diagnostic_id_belongs_to_one_code()
    {
        var codes = AllCodes().ToList();
        Assert.That(codes, Has.Count.GreaterThan(100), "the catalogues were not found");
        var shared = codes.GroupBy(c => c.Code.Id)
            .Where(g => g.Select(c => c.Code).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Field))}");
        Assert.That(shared, Is.Empty);
    }

    [Test]
    public void Every_diagnostic_id_is_FA_and_four_digits() =>
        Assert.That(AllCodes().Where(c => !System.Text.RegularExpressions.Regex.IsMatch(c.Code.Id, "^FA[0-9]{4}$"))
            .Select(c => $"{c.Field}: {c.Code.Id}"), Is.Empty);
}
