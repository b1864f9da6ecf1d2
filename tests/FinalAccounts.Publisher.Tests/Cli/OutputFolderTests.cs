using FinalAccounts.Cli;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// An --out folder that is, contains or lies inside the data is refused (exit 2) by build and sample, and nothing in the
/// data changes; a folder beside the data, or a generated sample tree regenerated, is accepted.
/// </summary>
public sealed class OutputFolderTests
{
    [TestCase("data", TestName = "Build_refuses_the_data_root_as_output")]
    [TestCase("data/2024", TestName = "Build_refuses_a_year_folder_as_output")]
    [TestCase("data/2024/hongshan-jkj", TestName = "Build_refuses_the_department_folder_as_output")]
    [TestCase("data/2024/hongshan-jkj/tables/out", TestName = "Build_refuses_an_output_inside_the_department_folder")]
    [TestCase("data/reference", TestName = "Build_refuses_the_reference_folder_as_output")]
    [TestCase("data/reference/2024/out", TestName = "Build_refuses_an_output_inside_the_reference_folder")]
    [TestCase("data/new", TestName = "Build_refuses_an_output_inside_the_data_root")]
    [TestCase(".", TestName = "Build_refuses_an_output_folder_that_contains_the_data")]
    public void Build_refuses_an_output_folder_that_overlaps_the_data(string output)
    {
        using var copy = SampleData.Copy();
        var before = Snapshot(copy.Root);
        var (code, text, error) = Build(copy, Path.GetFullPath(Path.Combine(copy.Root, output)), "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text + error);
        Assert.That(text, Does.Contain("error FA8005: 输出文件夹").And.Contain("--out"), text);
        Assert.That(Snapshot(copy.Root), Is.EqualTo(before), "nothing written, nothing removed");
    }

    [Test]
    public void The_refusal_is_in_English_under_lang_en()
    {
        using var copy = SampleData.Copy();
        var (code, text, _) = Build(copy, copy.DataRoot, "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(text, Does.Contain("error FA8005: The output folder").And.Contain("data root"));
        Assert.That(text, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"), text);
    }

    [Test]
    public void Build_refuses_a_link_that_leads_into_the_data()
    {
        using var copy = SampleData.Copy();
        var link = Path.Combine(copy.Root, "published");
        try
        {
            Directory.CreateSymbolicLink(link, copy.YearFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Assert.Ignore($"Symbolic links cannot be made here: {e.Message}");
        }

        var before = Snapshot(copy.DataRoot);
        Assert.That(Build(copy, link).Code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(Snapshot(copy.DataRoot), Is.EqualTo(before));
    }

    [Category("Slow")]
    [Test]
    public void Build_accepts_an_output_folder_beside_the_data()
    {
        using var copy = SampleData.Copy();
        var (code, text, _) = Build(copy, Path.Combine(copy.Root, "output"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(File.Exists(Path.Combine(copy.Root, "output", "2024", SampleData.DepartmentId, "manifest.json")));
    }

    [Test]
    public void Sample_refuses_the_data_root_it_reads_the_code_lists_from()
    {
        using var copy = SampleData.Copy();
        var before = Snapshot(copy.Root);
        var (code, text, error) = Sample(copy.DataRoot, Path.Combine(copy.DataRoot, "reference"));

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text + error);
        Assert.That(text, Does.Contain("error FA8005:"));
        Assert.That(Snapshot(copy.Root), Is.EqualTo(before));
    }

    [Test]
    public void Sample_refuses_a_data_root_of_real_departments()
    {
        using var copy = SampleData.Copy();
        var before = Snapshot(copy.Root);
        var (code, text, _) = Sample(copy.DataRoot, Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"));

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(Snapshot(copy.Root), Is.EqualTo(before), "no generated department mixed into the real ones");
    }

    [Category("Slow")]
    [Test]
    public void Sample_regenerates_its_own_output()
    {
        using var copy = SampleData.Copy();
        var generated = Path.Combine(copy.Root, "generated");
        var reference = Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference");

        Assert.That(Sample(generated, reference).Code, Is.EqualTo(ExitCodes.Success));
        var first = Snapshot(generated);
        Assert.That(Sample(generated, reference).Code, Is.EqualTo(ExitCodes.Success));
        Assert.That(Snapshot(generated), Is.EqualTo(first));
        Assert.That(Sample(Path.Combine(generated, "2024"), reference).Code, Is.EqualTo(ExitCodes.Usage), "not inside it");
    }

    private static (int Code, string Output, string Error) Build(SampleCopy copy, string output, params string[] extra) =>
        Finacc.Run(["build", copy.Folder, "--out", output, "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md",
            "--no-progress", .. extra]);

    private static (int Code, string Output, string Error) Sample(string output, string reference) =>
        Finacc.Run("sample", "--departments", "2", "--out", output, "--reference", reference, "--lang", "zh");

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Fingerprint.Sha256(File.ReadAllBytes(f)));
}
