using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

public sealed class DocxValidationTests
{
    [TestCase(FileFormatVersions.Office2007)]
    [TestCase(FileFormatVersions.Office2019)]
    public void Sample_document_has_no_schema_errors(FileFormatVersions version)
    {
        AssertValid(DocxTestFiles.Write(), version);
    }

    [Test]
    public void Sample_document_with_drawn_figures_has_no_schema_errors()
    {
        var context = new WriterContext(DocumentStyle.Default, new StubFigureRenderer(), new DiagnosticBag());
        AssertValid(DocxTestFiles.Write(context: context), FileFormatVersions.Office2007);
        Assert.That(context.Diagnostics.Items, Is.Empty);
    }

    [Category("Slow")]
    [Test]
    public void The_sample_department_with_its_charts_has_no_schema_errors()
    {
        var composed = Golden.SampleDisclosure.Get();
        var charts = new FinalAccounts.Publisher.Writers.Charts.ChartRenderer(Pdf.PdfSample.Catalog, composed.Style.Document);
        var context = new WriterContext(composed.Style.Document, charts, new DiagnosticBag());
        AssertValid(DocxTestFiles.Write(composed.Document, context), FileFormatVersions.Office2007);
        Assert.That(context.Diagnostics.Items.Where(d => d.Severity != Severity.Info), Is.Empty);
    }

    private static void AssertValid(byte[] bytes, FileFormatVersions version)
    {
        using var doc = DocxTestFiles.Open(bytes);
        var errors = new OpenXmlValidator(version).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(20)));
    }
}
