using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;
using UglyToad.PdfPig;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// <c>build --draft</c>: a review copy — "征求意见稿" across every page of the PDF and Word editions, the manifest marked
/// as draft, and the department left out of the portal index; a final build of the same data has none of it.
/// </summary>
[Category("Slow")]
public sealed class DraftBuildTests
{
    private const string Mark = "征求意见稿";

    private static (string Folder, string Index) Build(SampleCopy copy, params string[] extra)
    {
        var output = Path.Combine(copy.Root, "output");
        var (code, text, error) = Finacc.Run(["build", copy.Folder, "--out", output, "--templates", SampleDisclosure.TemplatesRoot,
            "--formats", "pdf,docx", "--no-progress", .. extra]);
        Assert.That(code, Is.EqualTo(0), text + error);
        var year = Path.Combine(output, SampleData.Year);
        return (Path.Combine(year, SampleData.DepartmentId), File.ReadAllText(Path.Combine(year, "index.html")));
    }

    private static string Base => $"{SampleData.DepartmentId}-{SampleData.Year}";

    [Test]
    public void A_draft_is_watermarked_on_every_page_marked_in_the_manifest_and_not_listed_as_published()
    {
        using var copy = SampleData.Copy();
        var (folder, index) = Build(copy, "--draft");

        using (var pdf = PdfDocument.Open(Path.Combine(folder, Base + ".pdf")))
        {
            var unmarked = pdf.GetPages().Where(p => !p.Text.Contains(Mark, StringComparison.Ordinal)).Select(p => p.Number).ToList();
            Assert.That(pdf.NumberOfPages, Is.GreaterThan(40));
            Assert.That(unmarked, Is.Empty, "pages without the watermark");
        }

        using (var docx = WordprocessingDocument.Open(Path.Combine(folder, Base + ".docx"), false))
        {
            var main = docx.MainDocumentPart!;
            var sections = main.Document.Descendants<SectionProperties>().ToList();
            Assert.That(sections, Has.Count.GreaterThan(1));
            Assert.That(sections.All(s => s.Elements<HeaderReference>().Any()), Is.True, "every section has the watermark header");
            Assert.That(main.HeaderParts.Single().Header.OuterXml, Does.Contain($"string=\"{Mark}\""));
        }

        Assert.That(Manifest.Read(Path.Combine(folder, Manifest.FileName))!.Draft, Is.True);
        Assert.That(index, Does.Not.Contain(SampleData.DepartmentId + "/"));
    }

    [Test]
    public void A_final_build_after_a_draft_replaces_it_without_the_watermark_and_is_listed()
    {
        using var copy = SampleData.Copy();
        Build(copy, "--draft");
        var (folder, index) = Build(copy);

        using (var pdf = PdfDocument.Open(Path.Combine(folder, Base + ".pdf")))
            Assert.That(pdf.GetPages().Any(p => p.Text.Contains(Mark, StringComparison.Ordinal)), Is.False);
        using (var docx = WordprocessingDocument.Open(Path.Combine(folder, Base + ".docx"), false))
            Assert.That(docx.MainDocumentPart!.HeaderParts, Is.Empty);
        Assert.That(Manifest.Read(Path.Combine(folder, Manifest.FileName))!.Draft, Is.False);
        Assert.That(index, Does.Contain(SampleData.DepartmentId + "/"));
    }

    [Test]
    public void Publish_approved_publishes_the_final_edition_of_approved_departments_only_while_unchanged()
    {
        using var copy = SampleData.Copy();
        copy.AddDepartment("a-second");
        var output = Path.Combine(copy.Root, "output");
        var year = Path.Combine(output, SampleData.Year);
        (int Code, string Text) Run(params string[] args)
        {
            var (code, text, error) = Finacc.Run([.. args, "--lang", "zh"]);
            return (code, text + error);
        }

        string[] Build(params string[] extra) => ["build", copy.YearFolder, "--out", output, "--templates", SampleDisclosure.TemplatesRoot,
            "--formats", "md", "--no-progress", .. extra];
        Manifest Published(string id) => Manifest.Read(Path.Combine(year, id, Manifest.FileName))!;

        Assert.That(Run(Build("--draft")).Code, Is.EqualTo(0));
        Assert.That(Run("approve", copy.YearFolder, "--by", "张三", "--out", output).Code, Is.EqualTo(2), "a year folder is not a department");
        var approve = Run("approve", copy.Folder, "--by", "张三", "--out", output);
        Assert.That(approve.Code, Is.EqualTo(0), approve.Text);
        Assert.That(Published(SampleData.DepartmentId).Approval!.By, Is.EqualTo("张三"));

        var publish = Run(Build("--publish-approved"));
        Assert.That(publish.Code, Is.EqualTo(1), "a-second is not approved");
        Assert.That(publish.Text, Does.Contain("FA8020").And.Contain("a-second"));
        var final = Published(SampleData.DepartmentId);
        Assert.That((final.Draft, final.Approval!.By), Is.EqualTo((false, "张三")), "the final edition carries its approval");
        Assert.That(Published("a-second").Draft, Is.True, "the unapproved draft stays as it was");
        Assert.That(File.ReadAllText(Path.Combine(year, "index.html")), Does.Contain(SampleData.DepartmentId + "/").And.Not.Contain("a-second/"));

        File.AppendAllText(copy.PathOf("key-work.md"), "\n批准后又改动的一句话。\n");
        var changed = Run(Build("--publish-approved"));
        Assert.That(changed.Text, Does.Contain($"{SampleData.DepartmentId} 未经批准，或批准后数据、模板又有改动"));
        Assert.That(Published(SampleData.DepartmentId).Fingerprint, Is.EqualTo(final.Fingerprint), "nothing published after the change");
    }
}
