using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>
/// The seeded hostile-input run (issue 11): a few hundred mutations of the sample's CSV, YAML, Markdown and templates,
/// encodings, depth, size, links and folders, each checked and built in-process. No exit code other than 0 or 1, every
/// error at file:line, nothing written outside --out, every published department matching its manifest. A failure names
/// its seed, case and mutation; <c>dotnet run -c Release --project tests/FinalAccounts.Publisher.Benchmarks -- fuzz 1
/// seed=S from=I</c> replays it. The long run is the same benchmark with 10,000 (README).
/// </summary>
[Category("Slow")]
public sealed class FuzzTests
{
    private const int Seed = 11, Cases = 200;

    [Test]
    public void Hostile_mutations_never_crash_lose_a_location_write_outside_the_output_or_break_a_publication()
    {
        var report = new FuzzRunner(SampleData.RepositoryRoot, Seed).Run(Cases);
        TestContext.Out.WriteLine(report);

        Assert.That(report.Failures, Is.Empty, report.ToString);
        Assert.That(report.Cases, Is.GreaterThan(Cases * 9 / 10), "mutations run");
        Assert.That((report.CheckPassed, report.Published), Is.Not.EqualTo((0, 0)), "some mutations pass and publish");
    }
}
