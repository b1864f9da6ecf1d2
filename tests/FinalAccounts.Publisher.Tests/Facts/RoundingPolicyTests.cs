using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>Source-level guards: rounding happens in one function, and money is never a double.</summary>
public sealed partial class RoundingPolicyTests
{
    private static IEnumerable<string> Sources(params string[] folders) =>
        folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(SampleDisclosure.RepositoryRoot, "src", "FinalAccounts.Publisher", f), "*.cs", SearchOption.AllDirectories));

    [Test]
    public void In_the_stages_that_handle_figures_only_Rounding_cs_rounds()
    {
        // Writers round only geometry (twips, points), never a figure: figures reach them as formatted text.
        var offenders = Sources("Model", "Input", "Checks", "Facts", "Compose", "Publish", "Document")
            .Where(f => !f.EndsWith(Path.Combine("Model", "Rounding.cs"), StringComparison.Ordinal))
            .Where(f => RoundCall().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName).ToList();
        Assert.That(offenders, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(SampleDisclosure.RepositoryRoot, "src", "FinalAccounts.Publisher", "Model", "Rounding.cs")), Does.Contain("MidpointRounding.AwayFromZero"));
    }

    [Test]
    public void Money_stages_never_use_double_or_float()
    {
        var offenders = Sources("Model", "Input", "Checks", "Facts")
            .Where(f => FloatingType().IsMatch(StringLiteral().Replace(File.ReadAllText(f), "\"\"")))
            .Select(Path.GetFileName).ToList();
        Assert.That(offenders, Is.Empty);
    }

    [GeneratedRegex(@"Math\.Round\(|MidpointRounding|decimal\.Round\(")]
    private static partial Regex RoundCall();

    [GeneratedRegex(@"\b(double|float)\??\s+[A-Za-z_]|\((double|float)\)|<(double|float)>")]
    private static partial Regex FloatingType();

    [GeneratedRegex("\"[^\"\n]*\"")]
    private static partial Regex StringLiteral();
}
