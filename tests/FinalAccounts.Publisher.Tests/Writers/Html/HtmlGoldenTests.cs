using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The sample department's HTML page against the golden expectations: headings, every table figure in its table, every sentence.</summary>
public sealed class HtmlGoldenTests
{
    private static string GoldenPath => Path.Combine(SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Golden", "hongshan-jkj-2024.golden.txt");

    /// <summary>Every section of the golden file, so a section added there is checked here too.</summary>
    public static IEnumerable<string> Sections() => GoldenFile.Read(GoldenPath).Sections.Select(s => s.Name);

    [TestCaseSource(nameof(Sections))]
    public void Html_page_holds_every_golden_expectation_of(string section)
    {
        var golden = GoldenFile.Read(GoldenPath);
        var view = HtmlGoldenView.Parse(HtmlSample.Parsed());
        var problems = GoldenMatcher.Check(golden.Only(section), view);
        Assert.That(problems, Is.Empty, $"{problems.Count} of {golden[section].Lines.Count} expectations in [{section}] do not hold:\n" + string.Join("\n", problems));
    }
}
