using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// The office status page is output like any other: the same inputs give the same bytes. "When built" is the time its
/// build recorded with the text (the first build of those inputs), never a file's time or the clock of a later run.
/// </summary>
[Category("Slow")]
public sealed class StatusPageTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 15, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static (byte[] Html, byte[] Json) BuildStatus(SampleCopy copy, string output, DateTimeOffset now, bool force = false)
    {
        var options = new BuildOptions(output, ["md"], SampleDisclosure.TemplatesRoot, Clock: new FixedClock(now));
        var result = new BatchBuilder(new DisclosureBuilder(options)).Run([copy.Folder], force, progress: null);
        Assert.That(result.Succeeded, Is.True);
        var year = Path.Combine(output, SampleData.Year);
        return (File.ReadAllBytes(Path.Combine(year, StatusPage.HtmlFile)), File.ReadAllBytes(Path.Combine(year, StatusPage.JsonFile)));
    }

    [Test]
    public void The_same_inputs_give_a_byte_identical_status_page_whatever_the_files_times()
    {
        using var copy = SampleData.Copy();
        var (a, b) = (Path.Combine(copy.Root, "a"), Path.Combine(copy.Root, "b"));
        var first = BuildStatus(copy, a, Monday);
        var second = BuildStatus(copy, b, Monday);
        Assert.That(second.Html, Is.EqualTo(first.Html));
        Assert.That(second.Json, Is.EqualTo(first.Json));
        Assert.That(System.Text.Encoding.UTF8.GetString(first.Html), Does.Contain("2025-03-03 09:15"), "when it was built is still shown");

        // A forced rebuild of the same inputs, a day later, with the published files touched meanwhile: still the same page.
        foreach (var file in Directory.GetFiles(Path.Combine(a, SampleData.Year, SampleData.DepartmentId)))
            File.SetLastWriteTimeUtc(file, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var again = BuildStatus(copy, a, Monday.AddDays(1), force: true);
        Assert.That(again.Html, Is.EqualTo(first.Html));
        Assert.That(again.Json, Is.EqualTo(first.Json));
    }

    [Test]
    public void Changed_inputs_are_shown_with_the_time_of_their_build()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "output");
        BuildStatus(copy, output, Monday);
        copy.Replace("key-work.md", "完成工业产值335.6亿", "完成工业产值340.2亿");

        var later = BuildStatus(copy, output, Monday.AddDays(2));

        Assert.That(System.Text.Encoding.UTF8.GetString(later.Html), Does.Contain("2025-03-05 09:15").And.Not.Contain("2025-03-03 09:15"));
    }
}
