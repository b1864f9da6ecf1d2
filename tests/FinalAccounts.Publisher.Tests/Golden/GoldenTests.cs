namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>The sample department's Markdown against the hand-written expectations from the reference publication.</summary>
public sealed class GoldenTests
{
    private static string GoldenPath => Path.Combine(SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Golden", "hongshan-jkj-2024.golden.txt");

    [Test]
    public void Sample_composes_without_errors_or_warnings()
    {
        var composed = SampleDisclosure.Get();
        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(SampleDisclosure.Report(composed.Diagnostics), Is.Empty);
    }

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
    public void Generated_markdown_holds_every_golden_expectation_of(string section)
    {
        var golden = GoldenFile.Read(GoldenPath);
        var markdown = SampleDisclosure.Get().Markdown ?? throw new AssertionException("no Markdown was produced");
        var problems = GoldenMatcher.Check(FilterTo(golden, section), MarkdownView.Parse(markdown));
        Assert.That(problems, Is.Empty, $"{problems.Count} of {golden[section].Lines.Count} expectations in [{section}] do not hold:\n" + string.Join("\n", problems));
    }

    [Test]
    public void Golden_file_covers_every_section_the_format_defines()
    {
        var names = GoldenFile.Read(GoldenPath).Sections.Select(s => s.Name).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "parts", "sections", "table 01", "table 02", "table 03", "table 04", "table 05", "table 06", "table 07", "table 08", "table 09", "sentences", "forms" }));
        Assert.That(GoldenFile.Read(GoldenPath)["sentences"].Lines, Has.Count.GreaterThan(100));
    }

    private static GoldenFile FilterTo(GoldenFile golden, string section) => golden.Only(section);
}
