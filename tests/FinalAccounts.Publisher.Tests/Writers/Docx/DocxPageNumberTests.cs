using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>
/// The sample department built in each house style: the Word file, as LibreOffice lays it out, has the PDF's pages —
/// every page prints the number the PDF's page prints (none on the cover and the contents, then 1, 2, … from the first
/// part) — and its contents list each heading at the number the footer of its page prints. Issue 12, points 1 and 2.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed partial class DocxPageNumberTests
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "finacc-pagenumbers-" + Guid.NewGuid().ToString("N"));

    [OneTimeTearDown]
    public void Clean()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [TestCase("default")]
    [TestCase("province-2dp")]
    public void Word_pages_print_the_pdf_page_numbers_and_the_contents_match_the_footers(string style)
    {
        var soffice = LibreOffice.RequireOrIgnore();
        var output = Path.Combine(root, style);
        var options = new BuildOptions(output, ["docx", "pdf"], SampleDisclosure.TemplatesRoot, style);
        var builder = new DisclosureBuilder(options);
        var result = builder.Build(builder.Check(SampleDisclosure.SampleFolder), force: true, progress: null);
        Assert.That(result.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", result.Diagnostics.Items));
        var pdf = PdfReadBack.PageTexts(File.ReadAllBytes(Directory.GetFiles(result.OutputFolder!, "*.pdf").Single()));
        var docx = Directory.GetFiles(result.OutputFolder!, "*.docx").Single();
        var word = PdfReadBack.PageTexts(File.ReadAllBytes(LibreOffice.ConvertToPdf(soffice, docx)));

        Assert.That(word.Select(Footer), Is.EqualTo(pdf.Select(Footer)), "each page prints the PDF page's number");
        var body = word.FindIndex(p => Footer(p) == 1);
        var contents = string.Concat(word.Take(body));
        var entries = TocEntry().Matches(contents)
            .Select(m => (Heading: m.Groups[1].Value, Page: int.Parse(m.Groups[2].Value))).ToList();
        Assert.That(entries, Has.Count.GreaterThan(30));
        foreach (var (heading, page) in entries)
        {
            var at = word.FindIndex(body, p => p.Contains(heading, StringComparison.Ordinal));
            Assert.That(Footer(word[at]), Is.EqualTo(page), heading);
        }
    }

    private static int? Footer(string page) =>
        PageNumber().Match(page) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex(@"—(\d+)—$")]
    private static partial Regex PageNumber();

    /// <summary>A contents entry: a part or section heading, dot leaders, its page number.</summary>
    [GeneratedRegex(@"((?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)[^.…]{2,60}?)[.…]{3,}(\d+)")]
    private static partial Regex TocEntry();
}
