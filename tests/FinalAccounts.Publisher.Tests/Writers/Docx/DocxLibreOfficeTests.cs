using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Tests.Fixtures;
using UglyToad.PdfPig;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>
/// The Word file as LibreOffice lays it out (with figures as text, and drawn): every sentence and figure of the sample
/// is in the PDF text, pages are numbered and oriented as planned, and the TOC's page numbers are right.
/// </summary>
[NonParallelizable]
[TestFixture(false)]
[TestFixture(true)]
[Category("Slow")]
public sealed partial class DocxLibreOfficeTests(bool drawFigures)
{
    private string dir = "";
    private string pdf = "";

    [OneTimeSetUp]
    public void Convert()
    {
        var soffice = LibreOffice.RequireOrIgnore();
        dir = DocxTestFiles.TempDirectory("docx-lo");
        var docx = Path.Combine(dir, "sample.docx");
        var context = new WriterContext(DocumentStyle.Default, drawFigures ? new StubFigureRenderer() : null, new DiagnosticBag());
        // As the builder does: the Word file follows the one pagination.
        context = context with { Pagination = Pdf.PdfSample.Writer.Layout.Paginate(SampleDocument.Create(), context) };
        File.WriteAllBytes(docx, DocxTestFiles.Write(context: context));
        pdf = LibreOffice.ConvertToPdf(soffice, docx);
        var keep = Environment.GetEnvironmentVariable("FA_DOCX_KEEP");
        if (!string.IsNullOrEmpty(keep))
        {
            Directory.CreateDirectory(keep);
            var name = drawFigures ? "sample-figures" : "sample";
            File.Copy(docx, Path.Combine(keep, name + ".docx"), true);
            File.Copy(pdf, Path.Combine(keep, name + ".pdf"), true);
        }
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (dir.Length > 0 && Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    [Test]
    public void Pdf_text_contains_every_sample_sentence()
    {
        var text = Squeeze(PdfText());
        var missing = SampleSentences().Where(s => !text.Contains(Squeeze(s), StringComparison.Ordinal)).ToList();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Pdf_text_contains_every_table_figure()
    {
        var text = Squeeze(PdfText());
        var figures = SampleDocument.Create().Blocks.OfType<Table>()
            .SelectMany(t => t.Body.SelectMany(r => r.Cells))
            .Select(c => c.Text)
            .Where(t => t.Length > 0 && t.Any(char.IsAsciiDigit) && !t.Contains('\n'))
            .Distinct()
            .ToList();
        Assert.That(figures, Has.Count.GreaterThan(100));
        Assert.That(figures.Where(f => !text.Contains(Squeeze(f), StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Wide_table_and_form_are_on_landscape_pages_and_the_rest_is_portrait()
    {
        var pages = Pages();
        bool Landscape((string Text, bool Landscape) page) => page.Landscape;
        Assert.That(pages.Where(p => p.Text.Contains("公开09表") || p.Text.Contains("项目自评表")).Select(Landscape), Is.All.True);
        Assert.That(pages.Where(p => p.Text.Contains("公开01表") || p.Text.Contains("公开03表")).Select(Landscape), Is.All.False);
        Assert.That(pages.Count(Landscape), Is.EqualTo(2));
    }

    [Test]
    public void Cover_and_contents_print_no_number_and_the_body_is_numbered_from_1()
    {
        var pages = Pages();
        var body = pages.FindIndex(p => p.Text.StartsWith("第一部分", StringComparison.Ordinal));
        Assert.That(body, Is.EqualTo(2), "the cover, the contents, then the first part");
        Assert.That(pages.Take(body).Select(p => PageNumber().IsMatch(p.Text)), Is.All.False);
        for (var i = body; i < pages.Count; i++)
            Assert.That(pages[i].Text, Does.EndWith($"—{i - body + 1}—"), $"page {i + 1}");
    }

    [Test]
    public void Long_table_repeats_its_header_rows_on_every_page()
    {
        var pages = Pages().Where(p => p.Text.Contains("科学技术管理事务第")).ToList();
        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(pages.Select(p => p.Text), Is.All.Contains("功能分类科目编码").And.All.Contains("类/款/项"));
    }

    [Test]
    public void Toc_page_numbers_match_the_pages_LibreOffice_lays_the_headings_on()
    {
        var pages = Pages();
        var toc = pages.FindIndex(p => p.Text.Contains("目录"));
        foreach (var heading in SampleDocument.Create().Blocks.OfType<Heading>().Where(h => h.InToc && h.Level <= 2))
        {
            var text = Squeeze(heading.FullText);
            var page = pages[pages.FindIndex(toc + 1, p => p.Text.Contains(text))].Text;
            var footer = int.Parse(PageNumber().Match(page).Value.Trim('—'));
            var entry = pages[toc].Text + (toc + 1 < pages.Count ? pages[toc + 1].Text : "");
            Assert.That(TocNumber(entry, text), Is.EqualTo(footer), heading.FullText + ": the contents say what the footer prints");
        }
    }

    private static int TocNumber(string tocText, string heading)
    {
        var at = tocText.IndexOf(heading, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), heading);
        var m = Regex.Match(tocText[(at + heading.Length)..], @"^[.…·]*(\d+)");
        Assert.That(m.Success, Is.True, heading);
        return int.Parse(m.Groups[1].Value);
    }

    private List<(string Text, bool Landscape)> Pages()
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => (Squeeze(p.Text), p.Width > p.Height)).ToList();
    }

    /// <summary>The text of all pages without their page numbers, so a paragraph that runs over a page reads on.</summary>
    private string PdfText() => string.Concat(Pages().Select(p => PageNumber().Replace(p.Text, "")));

    private IEnumerable<string> SampleSentences()
    {
        foreach (var block in SampleDocument.Create().Blocks)
        {
            var text = block switch
            {
                Paragraph p => p.PlainText,
                Heading h => h.FullText,
                Figure f => drawFigures ? f.FullCaption : f.FullCaption + f.AltText,
                _ => "",
            };
            foreach (var sentence in text.Split('。', StringSplitOptions.RemoveEmptyEntries)) yield return sentence;
        }
    }

    private static string Squeeze(string s) => Whitespace().Replace(s, "");

    [GeneratedRegex(@"—\d+—$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
