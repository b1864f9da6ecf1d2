using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Publish;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary><c>finacc bundle</c>: the year for the portal in one reproducible zip (or folder) that <c>sha256sum -c</c> verifies.</summary>
public sealed class BundleTests
{
    private string root = "";

    private string Data => Path.Combine(root, "data", "2024");

    private string Output => Path.Combine(root, "output", "2024");

    [SetUp]
    public void Build()
    {
        root = Path.Combine(Path.GetTempPath(), "finacc-bundle-" + Guid.NewGuid().ToString("N"));
        SampleGenerator.Generate(new SampleOptions(3, 2024, Path.Combine(root, "data"), Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Seed: 7),
            new DiagnosticBag());
        var (code, text, _) = BuildYear();
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
    }

    [TearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private (int Code, string Output, string Error) BuildYear() =>
        Finacc.Run("build", Data, "--out", Path.Combine(root, "output"), "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md,html",
            "--base-url", "https://www.example.gov.cn/czxx/", "--no-progress");

    private string Bundle(string name)
    {
        var path = Path.Combine(root, name);
        var (code, text, error) = Finacc.Run("bundle", Output, "--out", path);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text + error);
        return path;
    }

    [Test]
    public void A_bundle_made_twice_is_byte_identical()
    {
        Assert.That(File.ReadAllBytes(Bundle("a.zip")), Is.EqualTo(File.ReadAllBytes(Bundle("b.zip"))));
    }

    [Test]
    public void The_bundle_holds_the_index_at_its_top_and_every_file_of_the_year_with_its_checksum_and_nothing_hidden()
    {
        var entries = Entries(Bundle("portal-2024.zip"));
        var officeOnly = new[] { StatusPage.HtmlFile, StatusPage.JsonFile };
        Assert.That(officeOnly.Select(f => Path.Combine(Output, f)), Has.All.Matches<string>(File.Exists), "the build writes the office's status page");
        var onDisk = PublishedOutput.Snapshot(Output).Where(p => !p.Key.StartsWith('.') && !officeOnly.Contains(p.Key)).ToDictionary();
        Assert.That(entries.Keys.Where(k => k != "SHA256SUMS").Order(StringComparer.Ordinal), Is.EqualTo(onDisk.Keys.Order(StringComparer.Ordinal)));
        Assert.That(entries.Keys, Does.Contain("index.html").And.Contain("feed.xml").And.Contain("sitemap.xml").And.Contain("dept-002-2024.zip"));
        var sums = Encoding.ASCII.GetString(Read(Path.Combine(root, "portal-2024.zip"), "SHA256SUMS")).TrimEnd('\n').Split('\n')
            .ToDictionary(l => l[66..], l => l[..64]);
        Assert.That(sums, Is.EqualTo(onDisk));
    }

    [Test]
    public void A_changed_department_changes_only_its_own_entries_and_the_year_files_that_list_it()
    {
        var before = Entries(Bundle("before.zip"));
        File.AppendAllText(Path.Combine(Data, "dept-002", "key-work.md"), "\n补充说明一项工作。\n");
        Assert.That(BuildYear().Code, Is.EqualTo(ExitCodes.Success));
        var after = Entries(Bundle("after.zip"));
        var changed = after.Keys.Union(before.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).ToList();
        Assert.That(changed, Does.Contain("dept-002/manifest.json").And.Contain("dept-002-2024.zip"));
        Assert.That(changed.Where(k => !k.StartsWith("dept-002", StringComparison.Ordinal)),
            Is.SubsetOf(new[] { "index.html", "feed.xml", "sitemap.xml", "SHA256SUMS" }));
    }

    [Test]
    public void A_folder_bundle_holds_the_same_files_as_the_zip()
    {
        var folder = Bundle("portal");
        Assert.That(PublishedOutput.Snapshot(folder), Is.EqualTo(Entries(Bundle("portal.zip"))));
    }

    [Test]
    public void Links_and_hidden_files_in_the_year_folder_are_never_bundled()
    {
        File.CreateSymbolicLink(Path.Combine(Output, "passwd"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(Output, "etc"), "/etc");
        File.WriteAllText(Path.Combine(Output, ".hidden"), "x");
        var (code, text, _) = Finacc.Run("bundle", Output, "--out", Path.Combine(root, "p.zip"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("warning FA8011").And.Contain("passwd").And.Contain("etc"));
        Assert.That(Entries(Path.Combine(root, "p.zip")).Keys, Has.None.StartWith("etc").And.None.EqualTo("passwd").And.None.StartWith("."));
    }

    [Test]
    public void Links_inside_a_department_folder_and_link_loops_are_never_followed_or_bundled()
    {
        var before = Entries(Bundle("before.zip"));
        var department = Path.Combine(Output, "dept-001");
        File.CreateSymbolicLink(Path.Combine(department, "secret.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(department, "tables", "etc"), "/etc");
        Directory.CreateSymbolicLink(Path.Combine(department, "loop"), department);

        var (code, text, _) = Finacc.Run("bundle", Output, "--out", Path.Combine(root, "p.zip"), "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("dept-001/secret.txt: warning FA8011").And.Contain("dept-001/tables/etc: warning FA8011")
            .And.Contain("dept-001/loop: warning FA8011"));
        var entries = Entries(Path.Combine(root, "p.zip"));
        Assert.That(entries.Keys, Has.None.Contains("secret").And.None.Contains("etc/").And.None.Contains("loop"));
        Assert.That(entries.Keys, Has.All.Matches<string>(k => k is not null && !k.StartsWith('/') && !k.Split('/').Contains("..")),
            "every entry inside the bundle");
        Assert.That(entries, Is.EqualTo(before), "the links change nothing bundled");
    }

    [TestCase("notes\nsecond-line.txt")]
    [TestCase("back\\slash.txt")]
    public void A_file_name_that_SHA256SUMS_cannot_list_is_left_out_with_a_warning(string name)
    {
        File.WriteAllText(Path.Combine(Output, "dept-002", name), "x");
        var (code, text, _) = Finacc.Run("bundle", Output, "--out", Path.Combine(root, "p.zip"), "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("warning FA8013"));
        var entries = Entries(Path.Combine(root, "p.zip")).Keys;
        Assert.That(entries, Has.None.Contains("slash").And.None.Contains("second-line"));
        var sums = Encoding.UTF8.GetString(Read(Path.Combine(root, "p.zip"), "SHA256SUMS"));
        Assert.That(sums.TrimEnd('\n').Split('\n'), Has.All.Match("^[0-9a-f]{64}  [^\\\\]+$"), "one plain line per file");
    }

    [Test]
    public void A_draft_department_is_left_out_of_the_bundle_with_a_warning()
    {
        var draft = Finacc.Run("build", Path.Combine(Data, "dept-003"), "--out", Path.Combine(root, "output"), "--templates",
            SampleDisclosure.TemplatesRoot, "--formats", "md,html", "--draft", "--no-progress");
        Assert.That(draft.Code, Is.EqualTo(ExitCodes.Success), draft.Output);
        var (code, text, _) = Finacc.Run("bundle", Output, "--out", Path.Combine(root, "p.zip"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("warning FA8012").And.Contain("dept-003"));
        var entries = Entries(Path.Combine(root, "p.zip")).Keys;
        Assert.That(entries, Has.None.StartWith("dept-003/"));
        Assert.That(entries, Has.Some.StartWith("dept-002/"));
    }

    [TestCase("inside")]
    [TestCase("not-built")]
    public void A_bundle_of_a_folder_that_is_not_a_built_year_or_into_it_is_refused(string wrong)
    {
        var (year, output) = wrong == "inside" ? (Output, Path.Combine(Output, "p.zip")) : (Data, Path.Combine(root, "p.zip"));
        var (code, text, _) = Finacc.Run("bundle", year, "--out", output);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(text, Does.Contain("FA8010"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    [Category("Slow")]
    public void Sha256sum_verifies_an_extracted_bundle_and_finds_a_changed_file()
    {
        var extracted = Path.Combine(root, "extracted");
        ZipFile.ExtractToDirectory(Bundle("portal-2024.zip"), extracted);
        Assert.That(Sha256sumCheck(extracted), Is.EqualTo(0));
        File.AppendAllText(Path.Combine(extracted, "dept-001", "data.json"), " ");
        Assert.That(Sha256sumCheck(extracted), Is.Not.EqualTo(0));
        Assert.That(Sha256sumCheck(Bundle("portal-folder")), Is.EqualTo(0), "a folder bundle verifies as it is");
    }

    private static int Sha256sumCheck(string folder)
    {
        var tool = ExternalTool.Require(ExternalTool.OnPath("sha256sum"), "sha256sum", "coreutils", "sha256sum comes with Git for Windows");
        using var process = Process.Start(new ProcessStartInfo(tool, ["-c", "--quiet", "SHA256SUMS"])
            { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        TestContext.Out.WriteLine(process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd());
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Each entry's SHA-256 by name.</summary>
    private static Dictionary<string, string> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e => Fingerprint.Sha256(Read(e)));
    }

    private static byte[] Read(string zip, string name)
    {
        using var archive = ZipFile.OpenRead(zip);
        return Read(archive.GetEntry(name)!);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
