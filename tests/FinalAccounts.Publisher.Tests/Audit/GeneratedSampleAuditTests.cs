using FinalAccounts.Publisher.Tests.Fixtures;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>No false alarms across the 40-department generated sample (every corner of SampleShape), as .md, .docx and .pdf.</summary>
[Category("Slow")]
public sealed class GeneratedSampleAuditTests
{
    [TestCaseSource(typeof(GeneratedSample), nameof(GeneratedSample.Ids))]
    public void A_generated_departments_document_has_no_error(string id)
    {
        var composed = GeneratedSample.Get(id);
        var markdown = AuditFiles.Audit(composed.Markdown!);
        Assert.That(markdown.HasErrors, Is.False, "md:\n" + AuditFiles.Errors(markdown));
        var docx = AuditFiles.Audit(Writers.Docx.DocxTestFiles.Write(composed.Document), ".docx");
        Assert.That(docx.HasErrors, Is.False, "docx:\n" + AuditFiles.Errors(docx));
    }

    [TestCaseSource(typeof(GeneratedSample), nameof(GeneratedSample.Ids))]
    public void A_generated_departments_pdf_has_no_error_and_its_nine_tables_are_rebuilt(string id)
    {
        var pdf = AuditFiles.Audit(AuditFiles.Pdf(GeneratedSample.Get(id)), ".pdf");
        Assert.That(pdf.HasErrors, Is.False, "pdf:\n" + AuditFiles.Errors(pdf));
        Assert.That(pdf.Findings.Where(f => f.Diagnostic.Code.Id is "FA9004" or "FA9002").Select(AuditFiles.Short), Is.Empty,
            "every 公开表 found and rebuilt from the PDF");
    }
}
