using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using UglyToad.PdfPig;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>The Word file as LibreOffice lays it out: every sentence and figure of the sample is in the PDF text.</summary>
[NonParallelizable]
public sealed partial class DocxLibreOfficeTests
{
    private string dir = "";
    private string pdf = "";

    [OneTimeSetUp]
    public void Convert()
    {
        var soffice = LibreOffice.RequireOrIgnore();
        dir = DocxTestFiles.TempDirectory("docx-lo");
        var docx = Path.Combine(dir, "sample.docx");
        File.WriteAllBytes(docx, DocxTestFiles.Write());
        pdf = LibreOffice.ConvertToPdf(soffice, docx);
        var keep = Environment.GetEnvironmentVariable("FA_DOCX_KEEP");
        if (!string.IsNullOrEmpty(keep))
        {
            Directory.CreateDirectory(keep);
            File.Copy(docx, Path.Combine(keep, "sample.docx"), true);
            File.Copy(pdf, Path.Combine(keep, "sample.pdf"), true);
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

    private string PdfText()
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    private static IEnumerable<string> SampleSentences()
    {
        foreach (var block in SampleDocument.Create().Blocks)
        {
            var text = block switch
            {
                Paragraph p => p.PlainText,
                Heading h => h.FullText,
                Figure f => f.FullCaption + f.AltText,
                _ => "",
            };
            foreach (var sentence in text.Split('。', StringSplitOptions.RemoveEmptyEntries)) yield return sentence;
        }
    }

    private static string Squeeze(string s) => Whitespace().Replace(s, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
