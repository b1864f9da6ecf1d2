using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The sample department's HTML page against the golden expectations: headings, every table figure in its table, every sentence.</summary>
public sealed class HtmlGoldenTests
{
    private static string GoldenPath => Path.Combine(SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Golden", "hongshan-jkj-2024.golden.txt");

    [TestCase("parts")]
    [TestCase("sections")]
    [TestCase("table 01")]
    [TestCase("table 02")]
    [TestCase("table 03")]
    [TestCase("table 04")]
    [TestCase("table 05")]
    [TestCase("table 06")]
    [TestCase("table 07")]
    [TestCase("table 08")]
    [TestCase("table 09")]
    [TestCase("sentences")]
    [TestCase("forms")]
    public void Html_page_holds_every_golden_expectation_of(string section)
    {
        var golden = GoldenFile.Read(GoldenPath);
        var view = HtmlGoldenView.Parse(HtmlSample.Parse(HtmlSample.Html));
        var problems = GoldenMatcher.Check(golden.Only(section), view);
        Assert.That(problems, Is.Empty, $"{problems.Count} of {golden[section].Lines.Count} expectations in [{section}] do not hold:\n" + string.Join("\n", problems));
    }
}
