using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Charts;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>
/// Every department of the 40-department generated sample and the sample department in both styles, written as Word
/// files as the builder writes them (following the one pagination, figures drawn) and laid out by LibreOffice: each
/// contents entry gives the number the footer of its heading's page prints, and the file has the PDF's pages. All files
/// are converted in one soffice run (LibreOffice starts once). Issue 12, point 1 and its tests.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed partial class DocxContentsFooterTests
{
    private readonly Dictionary<string, (List<string> Pages, int PdfPages)> rendered = [];
    private string dir = "";

    private static IEnumerable<string> Editions => GeneratedSample.Ids.Concat(["sample:default", "sample:province-2dp"]);

    [OneTimeSetUp]
    public void Render()
    {
        var soffice = LibreOffice.RequireOrIgnore();
        dir = DocxTestFiles.TempDirectory("docx-contents");
        var files = new List<(string Edition, string File, int PdfPages)>();
        foreach (var edition in Editions)
        {
            var composed = edition.StartsWith("sample:", StringComparison.Ordinal)
                ? SampleDisclosure.Get(edition[7..])
                : GeneratedSample.Get(edition);
            var style = composed.Style.Document;
            var context = new WriterContext(style, new ChartRenderer(ChartSample.Catalog, style), new DiagnosticBag());
            var pagination = PdfSample.Writer.Layout.Paginate(composed.Document!, context);
            var file = Path.Combine(dir, edition.Replace(':', '-') + ".docx");
            File.WriteAllBytes(file, DocxTestFiles.Write(composed.Document, context with { Pagination = pagination }));
            files.Add((edition, file, pagination.PageCount));
        }

        var pdfs = LibreOffice.ConvertAllToPdf(soffice, files.Select(f => f.File).ToList(), TimeSpan.FromMinutes(20));
        for (var i = 0; i < files.Count; i++)
            rendered[files[i].Edition] = (PdfReadBack.PageTexts(File.ReadAllBytes(pdfs[i])), files[i].PdfPages);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (dir.Length > 0 && Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    [TestCaseSource(nameof(Editions))]
    public void Word_contents_give_the_numbers_the_LibreOffice_footers_print(string edition)
    {
        var (pages, pdfPages) = rendered[edition];
        var body = pages.FindIndex(p => Footer(p) == 1);
        Assert.That(body, Is.GreaterThan(0), "the body is numbered from 1 after the cover and the contents");
        var entries = TocEntry().Matches(string.Concat(pages.Take(body)))
            .Select(m => (Heading: m.Groups[1].Value, Page: int.Parse(m.Groups[2].Value))).ToList();
        Assert.That(entries, Has.Count.GreaterThan(20));
        var wrong = new List<string>();
        var from = body;
        foreach (var (heading, page) in entries)
        {
            var at = pages.FindIndex(from, p => p.Contains(heading, StringComparison.Ordinal));
            if (at < 0)
            {
                wrong.Add($"{heading}: not found after page {from + 1}");
                continue;
            }

            from = at;
            if (Footer(pages[at]) != page) wrong.Add($"{heading}: contents {page}, footer {Footer(pages[at])}");
        }

        Assert.That(wrong, Is.Empty);
        Assert.That(pages, Has.Count.EqualTo(pdfPages), "the Word file has the PDF's pages");
    }

    private static int? Footer(string page) =>
        PageNumber().Match(page) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex(@"—(\d+)—$")]
    private static partial Regex PageNumber();

    /// <summary>A contents entry: a part or section heading, dot leaders, its page number.</summary>
    [GeneratedRegex(@"((?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)[^.…]{2,80}?)[.…]{3,}(\d+)")]
    private static partial Regex TocEntry();
}
