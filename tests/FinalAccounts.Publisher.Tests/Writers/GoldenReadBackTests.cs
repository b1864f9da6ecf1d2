using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Docx;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Docx;

namespace FinalAccounts.Publisher.Tests.Writers;

/// <summary>The golden list of the reference publication, read back from the sample department's PDF and Word files.</summary>
public sealed class GoldenReadBackTests
{
    [Category("Slow")]
    [Test]
    public void Pdf_text_holds_every_golden_sentence_table_row_and_form_value()
    {
        var problems = GoldenReadBack.Check(PdfSample.Get("department").Pdf);
        Assert.That(problems, Is.Empty, $"{problems.Count} expectations not found in the PDF:\n" + string.Join("\n", problems.Take(40)));
    }

    [Category("Slow")]
    [Test]
    public void Docx_rendered_by_LibreOffice_holds_every_golden_sentence_table_row_and_form_value()
    {
        var soffice = LibreOffice.RequireOrIgnore();
        var composed = SampleDisclosure.Get();
        var pages = PdfSample.Writer.Layout.Paginate(composed.Document!, composed.Style.Document);
        var dir = Path.Combine(Path.GetTempPath(), "finacc-golden-docx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var docx = Path.Combine(dir, "sample.docx");
            using (var stream = File.Create(docx))
                new DocxWriter().Write(composed.Document!, new WriterContext(composed.Style.Document, null, new DiagnosticBag(), pages), stream, CancellationToken.None);
            var pdf = LibreOffice.ConvertToPdf(soffice, docx);
            var problems = GoldenReadBack.Check(File.ReadAllBytes(pdf), ignoreLineEndCommas: true);
            Assert.That(problems, Is.Empty, $"{problems.Count} expectations not found in LibreOffice's PDF of the .docx:\n" + string.Join("\n", problems.Take(40)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
