using System.Text.Json;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>Batch builds of a year folder: one failed department does not stop the rest, unchanged ones are skipped, output is complete and verifiable.</summary>
[Category("Slow")]
public sealed class BatchBuildTests
{
    private string root = "";

    private string Data => Path.Combine(root, "data");

    private string Output => Path.Combine(root, "output");

    private string Year => Path.Combine(Data, "2024");

    [SetUp]
    public void Generate()
    {
        root = Path.Combine(Path.GetTempPath(), "finacc-batch-" + Guid.NewGuid().ToString("N"));
        SampleGenerator.Generate(new SampleOptions(3, 2024, Data, Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Seed: 11), new DiagnosticBag());
    }

    [TearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private (int Code, string Output, string Error) Build(params string[] extra) =>
        Finacc.Run(["build", Year, "--out", Output, "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md,html", "--no-progress", .. extra]);

    private void Break(string department) =>
        File.AppendAllText(Path.Combine(Year, department, "tables", "03.csv"), "2010101,行政运行,1,1,,,,\n");

    [Test]
    public void A_failed_department_does_not_stop_the_others_and_leaves_no_output()
    {
        Break("dept-002");
        var (code, output, _) = Build();
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("dept-002/tables/03.csv:"));
        Assert.That(Directory.Exists(Path.Combine(Output, "2024", "dept-001")), Is.True);
        Assert.That(Directory.Exists(Path.Combine(Output, "2024", "dept-003")), Is.True);
        Assert.That(Directory.Exists(Path.Combine(Output, "2024", "dept-002")), Is.False);
        var index = File.ReadAllText(Path.Combine(Output, "2024", "index.html"));
        Assert.That(index, Does.Contain("dept-001/dept-001-2024.html").And.Contain("dept-003/dept-003-2024.html").And.Not.Contain("dept-002/"));
    }

    [Test]
    public void A_department_that_breaks_keeps_its_previous_good_output()
    {
        Assert.That(Build().Code, Is.EqualTo(0));
        var before = Snapshot(Path.Combine(Output, "2024", "dept-002"));
        Break("dept-002");
        Assert.That(Build("--force").Code, Is.EqualTo(1));
        Assert.That(Snapshot(Path.Combine(Output, "2024", "dept-002")), Is.EqualTo(before));
    }

    [Test]
    public void Unchanged_departments_are_skipped_and_force_rebuilds_them()
    {
        Build();
        var again = Build("--report", "json");
        var statuses = Statuses(again.Output);
        Assert.That(statuses.Values, Is.All.EqualTo("skipped"));

        File.AppendAllText(Path.Combine(Year, "dept-003", "key-work.md"), "\n补充说明。\n");
        statuses = Statuses(Build("--report", "json").Output);
        Assert.That(statuses["dept-003"], Is.EqualTo("built"));
        Assert.That(statuses["dept-001"], Is.EqualTo("skipped"));
        Assert.That(Statuses(Build("--report", "json", "--force").Output).Values, Is.All.EqualTo("built"));
    }

    [Test]
    public void Manifest_lists_every_file_with_its_size_and_sha256_and_the_input_hashes()
    {
        Build();
        var folder = Path.Combine(Output, "2024", "dept-001");
        var manifest = Manifest.Read(Path.Combine(folder, Manifest.FileName))!;
        var onDisk = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Where(n => n != Manifest.FileName).Order().ToList();
        Assert.That(manifest.Files.Select(f => f.Name).Order(), Is.EqualTo(onDisk));
        Assert.That(onDisk, Does.Contain("dept-001-2024-tables.xlsx").And.Contain("tables/01.csv").And.Contain("tables/09.csv"));
        foreach (var f in manifest.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, f.Name));
            Assert.That((f.Size, f.Sha256), Is.EqualTo(((long)bytes.Length, Fingerprint.Sha256(bytes))), f.Name);
        }

        Assert.That(manifest.Inputs["data"].Keys, Does.Contain("tables/03.csv"));
        Assert.That(manifest.Inputs.Keys, Does.Contain("reference").And.Contain("templates/default"));
        Assert.That(manifest.ToolVersion, Is.EqualTo(Fingerprint.ToolVersion));
    }

    [Test]
    public void Data_json_holds_the_nine_tables_and_the_facts()
    {
        Build();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "2024", "dept-001", OpenDataWriter.FileName)));
        var tables = json.RootElement.GetProperty("tables");
        Assert.That(tables.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "01", "02", "03", "04", "05", "06", "07", "08", "09" }));
        var total = tables.GetProperty("03").GetProperty("rows")[0].GetProperty("values")[0].GetDecimal();
        Assert.That(json.RootElement.GetProperty("facts").GetProperty("expenditure").GetProperty("total").GetProperty("current").GetDecimal(), Is.EqualTo(total));
    }

    [Test]
    public void Two_builds_of_the_same_inputs_are_byte_identical_in_every_format()
    {
        var first = Finacc.Run("build", Path.Combine(Year, "dept-001"), "--out", Path.Combine(root, "a"), "--templates", SampleDisclosure.TemplatesRoot, "--no-progress");
        var second = Finacc.Run("build", Path.Combine(Year, "dept-001"), "--out", Path.Combine(root, "b"), "--templates", SampleDisclosure.TemplatesRoot, "--no-progress");
        Assert.That((first.Code, second.Code), Is.EqualTo((0, 0)), first.Output);
        var a = Snapshot(Path.Combine(root, "a", "2024", "dept-001"));
        Assert.That(a.Keys, Is.SupersetOf(new[] { "dept-001-2024.pdf", "dept-001-2024.docx", "dept-001-2024.html", "dept-001-2024.md", "fig-1.png", "data.json", "manifest.json" }));
        Assert.That(Snapshot(Path.Combine(root, "b", "2024", "dept-001")), Is.EqualTo(a));
    }

    [Test]
    public void Formats_written_in_parallel_are_the_bytes_written_one_after_another()
    {
        var folder = Path.Combine(Year, "dept-002");
        BuildResult BuildWith(bool parallel, string output)
        {
            var builder = new DisclosureBuilder(new BuildOptions(Path.Combine(root, output), BuildOptions.AllFormats, SampleDisclosure.TemplatesRoot, ParallelWriters: parallel));
            return builder.Build(builder.Check(folder), force: true, progress: null);
        }

        var parallel = BuildWith(true, "parallel");
        var sequential = BuildWith(false, "sequential");
        Assert.That((parallel.Status, sequential.Status), Is.EqualTo((BuildStatus.Built, BuildStatus.Built)), string.Join("\n", parallel.Diagnostics.Items));
        Assert.That(parallel.Pages, Is.EqualTo(sequential.Pages).And.GreaterThan(10));
        var expected = Snapshot(Path.Combine(root, "sequential", "2024", "dept-002"));
        Assert.That(expected.Keys, Has.Some.EndsWith(".pdf").And.Some.EndsWith(".docx").And.Some.EqualTo("fig-1.png"));
        Assert.That(Snapshot(Path.Combine(root, "parallel", "2024", "dept-002")), Is.EqualTo(expected));
    }

    [Test]
    public void A_format_asked_for_twice_is_written_once()
    {
        var builder = new DisclosureBuilder(new BuildOptions(Output, ["md", "html", "md"], SampleDisclosure.TemplatesRoot));
        var result = builder.Build(builder.Check(Path.Combine(Year, "dept-001")), force: true, progress: null);
        Assert.That(result.Status, Is.EqualTo(BuildStatus.Built));
        Assert.That(builder.Options.Formats, Is.EqualTo(new[] { "md", "html" }));
        var names = result.Manifest!.Files.Select(f => f.Name).ToList();
        Assert.That(names, Is.Unique);
        Assert.That(names.Count(n => n.EndsWith(".md", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    private static Dictionary<string, string> Statuses(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("departments").EnumerateArray()
            .ToDictionary(d => Path.GetFileName(d.GetProperty("folder").GetString()!), d => d.GetProperty("status").GetString()!);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Fingerprint.Sha256(File.ReadAllBytes(f)));

    [Test]
    public void The_status_page_lists_every_department_with_its_check_and_whether_its_output_is_current()
    {
        Assert.That(Build().Code, Is.EqualTo(0));
        Break("dept-002");
        Assert.That(Build("--draft").Code, Is.EqualTo(1));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "2024", StatusPage.JsonFile)));
        var rows = json.RootElement.GetProperty("departments").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.That(rows.Keys, Is.EquivalentTo(new[] { "dept-001", "dept-002", "dept-003" }));
        var broken = rows["dept-002"];
        Assert.That(broken.GetProperty("outcome").GetString(), Is.EqualTo("failed"));
        Assert.That(broken.GetProperty("errors").GetInt32(), Is.GreaterThan(0));
        Assert.That(broken.GetProperty("current").GetBoolean(), Is.False, "its published output is last run's");
        Assert.That(broken.GetProperty("draft").GetBoolean(), Is.False);
        var good = rows["dept-001"];
        Assert.That(good.GetProperty("current").GetBoolean(), Is.True);
        Assert.That(good.GetProperty("draft").GetBoolean(), Is.True);
        Assert.That(good.GetProperty("bytes").GetInt64(), Is.GreaterThan(0));
        Assert.That(good.GetProperty("published").GetString(), Is.Not.Null.And.Not.Empty);

        var diagnostics = string.Join('\n', broken.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()));
        Assert.That(diagnostics, Does.Contain("tables/03.csv:").And.Contain("error FA"));
        var html = File.ReadAllText(Path.Combine(Output, "2024", StatusPage.HtmlFile));
        Assert.That(html, Does.Contain("name=\"viewport\"").And.Contain("@media print").And.Contain("addEventListener('click'"));
        Assert.That(html, Does.Contain("href=\"#diag-dept-002\"").And.Contain("<details id=\"diag-dept-002\">").And.Contain("征求意见稿").And.Contain("失败"));
        Assert.That(html, Does.Contain("tables/03.csv:"), "the diagnostics are on the page");
    }
}
