using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

public sealed class DocxValidationTests
{
    [Test]
    public void Sample_document_has_no_schema_errors()
    {
        AssertValid(DocxTestFiles.Write());
    }

    [Test]
    public void Sample_document_with_drawn_figures_has_no_schema_errors()
    {
        var context = new WriterContext(DocumentStyle.Default, new StubFigureRenderer(), new DiagnosticBag());
        AssertValid(DocxTestFiles.Write(context: context));
        Assert.That(context.Diagnostics.Items, Is.Empty);
    }

    private static void AssertValid(byte[] bytes)
    {
        using var doc = DocxTestFiles.Open(bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(20)));
    }
}
