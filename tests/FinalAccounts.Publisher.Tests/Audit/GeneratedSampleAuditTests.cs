using FinalAccounts.Publisher.Tests.Fixtures;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>No false alarms across the 40-department generated sample (every corner of SampleShape), as .md and .docx.</summary>
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
}
