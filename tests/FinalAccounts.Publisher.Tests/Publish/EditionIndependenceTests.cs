using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>An edition is the same bytes whichever other formats are built with it (issue 12, point 2).</summary>
[Category("Slow")]
public sealed class EditionIndependenceTests
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "finacc-editions-" + Guid.NewGuid().ToString("N"));

    [OneTimeTearDown]
    public void Clean()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Test]
    public void The_word_edition_is_byte_identical_with_and_without_pdf_in_the_formats()
    {
        var alone = Docx(["docx"], parallel: true);
        Assert.That(Docx(["docx", "pdf"], parallel: true), Is.EqualTo(alone), "docx,pdf");
        var all = Docx(["md", "docx", "html", "pdf"], parallel: false);
        Assert.That(all, Is.EqualTo(alone), "all formats, one after another");
    }

    private byte[] Docx(IReadOnlyList<string> formats, bool parallel)
    {
        var output = Path.Combine(root, string.Join("-", formats) + (parallel ? "" : "-seq"));
        var options = new BuildOptions(output, formats, SampleDisclosure.TemplatesRoot, ParallelWriters: parallel);
        var builder = new DisclosureBuilder(options);
        var result = builder.Build(builder.Check(SampleDisclosure.SampleFolder), force: true, progress: null);
        Assert.That(result.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", result.Diagnostics.Items));
        return File.ReadAllBytes(Directory.GetFiles(result.OutputFolder!, "*.docx").Single());
    }
}
