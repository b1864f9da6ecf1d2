using System.Text;
using System.Text.Json;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// The office status page is output like any other: the same inputs give the same bytes. "When built" is the time its
/// build recorded with the text (the first build of those inputs), never a file's time or the clock of a later run.
/// The page is in the build's language (<c>--lang</c>); status.json's keys and values are the same in both but for the
/// diagnostics lines, whose language it states.
/// </summary>
[Category("Slow")]
public sealed class StatusPageTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 15, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static (byte[] Html, byte[] Json) BuildStatus(SampleCopy copy, string output, DateTimeOffset now, bool force = false,
        Language language = Language.Zh)
    {
        var options = new BuildOptions(output, ["md"], SampleDisclosure.TemplatesRoot, Clock: new FixedClock(now),
            Language: language);
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

    [Test]
    public void The_same_inputs_in_english_give_a_byte_identical_english_page()
    {
        using var copy = SampleData.Copy();
        var first = BuildStatus(copy, Path.Combine(copy.Root, "a"), Monday, language: Language.En);
        var second = BuildStatus(copy, Path.Combine(copy.Root, "b"), Monday, language: Language.En);

        Assert.That(second.Html, Is.EqualTo(first.Html));
        Assert.That(second.Json, Is.EqualTo(first.Json));
        var html = Encoding.UTF8.GetString(first.Html);
        Assert.That(html, Does.Contain("<html lang=\"en\">").And.Contain("2025-03-03 09:15"));
        using var json = JsonDocument.Parse(first.Json);
        // The department's name is data; its diagnostics are the diagnostics catalogue's English, which names the
        // tables' own row and column headings (合计, 基本支出) as the data files spell them.
        var departments = json.RootElement.GetProperty("departments").EnumerateArray().ToList();
        var data = departments.Select(d => d.GetProperty("name").GetString()!)
            .Concat(departments.SelectMany(d => d.GetProperty("diagnostics").EnumerateArray().Select(x => x.GetString()!)));
        Assert.That(StatusPageHtmlTests.ChineseBut(html, data), Is.Empty, "no Chinese but the department's data");
    }

    [Test]
    public void Build_with_lang_en_writes_the_page_in_english_and_the_json_says_so_with_the_same_keys()
    {
        using var copy = SampleData.Copy();
        string[] Build(string output, string lang) =>
            ["build", copy.Folder, "--out", output, "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md",
                "--no-progress", "--lang", lang];
        var (zh, en) = (Path.Combine(copy.Root, "zh"), Path.Combine(copy.Root, "en"));
        Assert.That(Finacc.Run(Build(zh, "zh")).Code, Is.Zero);
        Assert.That(Finacc.Run(Build(en, "en")).Code, Is.Zero);

        string Html(string output) => File.ReadAllText(Path.Combine(output, SampleData.Year, StatusPage.HtmlFile));
        Assert.That(Html(en), Does.Contain("<html lang=\"en\">").And.Contain("<button type=\"button\">Pages</button>"));
        Assert.That(Html(zh), Does.Contain("<html lang=\"zh-CN\">").And.Contain("<button type=\"button\">页数</button>"));
        using var zhJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(zh, SampleData.Year, StatusPage.JsonFile)));
        using var enJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(en, SampleData.Year, StatusPage.JsonFile)));
        Assert.That(zhJson.RootElement.GetProperty("language").GetString(), Is.EqualTo("zh-CN"));
        Assert.That(enJson.RootElement.GetProperty("language").GetString(), Is.EqualTo("en"));
        static string Neutral(JsonDocument d) => string.Join('\n', d.RootElement.GetProperty("departments").EnumerateArray()
            .SelectMany(e => e.EnumerateObject()).Where(p => p.Name is not ("diagnostics" or "published"))
            .Select(p => $"{p.Name}={p.Value}"));
        Assert.That(Neutral(enJson), Is.EqualTo(Neutral(zhJson)), "keys and values (but the clock's) are language-neutral");
    }
}
