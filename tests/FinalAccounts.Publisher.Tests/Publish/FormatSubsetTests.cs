using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// Building some formats never unpublishes the others: formats built from the same inputs are kept (and listed),
/// formats that the new inputs would make stale are named and the build is refused, leaving the output as it was.
/// </summary>
[Category("Slow")]
public sealed class FormatSubsetTests
{
    private SampleCopy copy = null!;

    private string Output => Path.Combine(copy.Root, "output");

    private string YearOutput => Path.Combine(Output, "2024");

    private string Department => Path.Combine(YearOutput, SampleData.DepartmentId);

    [SetUp]
    public void Copy() => copy = SampleData.Copy();

    [TearDown]
    public void Dispose() => copy.Dispose();

    private (int Code, string Output, string Error) Build(string formats, params string[] extra) =>
        Finacc.Run(["build", copy.Folder, "--out", Output, "--templates", SampleDisclosure.TemplatesRoot, "--formats", formats,
            "--no-progress", .. extra]);

    private string[] Published() => Manifest.Read(Path.Combine(Department, Manifest.FileName))!.Files.Select(f => f.Name).ToArray();

    [Test]
    public void Rebuilding_one_format_keeps_the_others_built_from_the_same_inputs()
    {
        Assert.That(Build("md,html").Code, Is.EqualTo(ExitCodes.Success));
        var html = File.ReadAllBytes(Path.Combine(Department, "hongshan-jkj-2024.html"));

        var (code, text, _) = Build("md", "--force");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(File.ReadAllBytes(Path.Combine(Department, "hongshan-jkj-2024.html")), Is.EqualTo(html));
        Assert.That(Published(), Does.Contain("hongshan-jkj-2024.html").And.Contain("hongshan-jkj-2024.md").And.Contain("fig-1.png"));
        Assert.That(File.ReadAllText(Path.Combine(YearOutput, "index.html")), Does.Contain("hongshan-jkj/hongshan-jkj-2024.html"));
        PublishedOutput.AssertConsistent(YearOutput);
    }

    [Test]
    public void A_format_already_published_from_the_same_inputs_is_skipped_and_nothing_is_lost()
    {
        Build("md,html");
        var before = PublishedOutput.Snapshot(Department);

        var (code, json, _) = Build("md", "--report", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), json);
        using var report = JsonDocument.Parse(json);
        Assert.That(report.RootElement.GetProperty("departments")[0].GetProperty("status").GetString(), Is.EqualTo("skipped"));
        Assert.That(PublishedOutput.Snapshot(Department), Is.EqualTo(before));
    }

    [Test]
    public void Adding_a_format_keeps_those_already_published()
    {
        Build("md");
        var (code, text, _) = Build("html");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(Published(), Does.Contain("hongshan-jkj-2024.html").And.Contain("hongshan-jkj-2024.md"));
        PublishedOutput.AssertConsistent(YearOutput);
    }

    [Test]
    public void Rebuilding_one_format_from_changed_inputs_is_refused_and_names_the_formats_that_would_be_stale()
    {
        Build("md,html");
        var before = PublishedOutput.Snapshot(YearOutput);
        copy.AppendLine("key-work.md", "补充说明。");

        var (code, text, _) = Build("md", "--force", "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), text);
        Assert.That(text, Does.Contain("error FA8006:").And.Contain("html").And.Contain("--formats html,md"), text);
        Assert.That(PublishedOutput.Snapshot(YearOutput), Is.EqualTo(before), "the publication is untouched");

        Assert.That(Build("md,html").Code, Is.EqualTo(ExitCodes.Success), "all published formats together");
        PublishedOutput.AssertConsistent(YearOutput);
    }

    [Test]
    public void A_published_file_changed_by_hand_is_not_carried_into_the_new_publication()
    {
        Build("md,html");
        File.AppendAllText(Path.Combine(Department, "hongshan-jkj-2024.html"), "<!-- edited -->");
        var before = PublishedOutput.Snapshot(YearOutput);

        var (code, text, _) = Build("md", "--force", "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        Assert.That(text, Does.Contain("error FA8006:").And.Contain("hongshan-jkj-2024.html"), text);
        Assert.That(PublishedOutput.Snapshot(YearOutput), Is.EqualTo(before));
    }
}
