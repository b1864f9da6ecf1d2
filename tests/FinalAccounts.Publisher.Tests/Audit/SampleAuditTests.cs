using FinalAccounts.Publisher.Audit;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>No false alarms: the sample as the build writes it, in each style, audited as .md and .docx.</summary>
public sealed class SampleAuditTests
{
    private static readonly string[] Styles = ["default", "province-2dp"];

    [TestCaseSource(nameof(Styles))]
    public void The_samples_markdown_has_no_error_only_the_kept_carry_over_warning(string style)
    {
        var result = AuditFiles.Audit(AuditFiles.SampleMarkdown(style), AuditFiles.Options(style));
        Assert.That(AuditFiles.Problems(result).Select(p => p[..6]), Is.EqualTo(new[] { "FA9109" }), string.Join("\n", AuditFiles.Problems(result)));
        Assert.That(result.FiguresChecked, Is.GreaterThan(250));
    }

    [TestCaseSource(nameof(Styles))]
    public void The_samples_word_document_has_no_error_only_the_kept_carry_over_warning(string style)
    {
        var result = AuditFiles.Audit(AuditFiles.SampleDocx(style), ".docx", AuditFiles.Options(style));
        Assert.That(AuditFiles.Problems(result).Select(p => p[..6]), Is.EqualTo(new[] { "FA9109" }), string.Join("\n", AuditFiles.Problems(result)));
    }

    [Test]
    public void The_samples_tables_read_from_its_word_document_are_the_datas_figures()
    {
        var bag = new FinalAccounts.Publisher.Diagnostics.DiagnosticBag();
        var dir = Writers.Docx.DocxTestFiles.TempDirectory("audit-tables");
        try
        {
            var path = Path.Combine(dir, "report.docx");
            File.WriteAllBytes(path, AuditFiles.SampleDocx());
            var document = DocumentAudit.Read(path, path, bag)!;
            var fromDocument = DocumentModel.Load(document, AuditFiles.Options().ReferenceFolder, bag).Model!;
            var data = new FinalAccounts.Publisher.Input.DepartmentLoader().Load(Golden.SampleDisclosure.SampleFolder).Model!;
            foreach (var (read, given) in fromDocument.Tables.Zip(data.Tables))
                Assert.That(Rows(read), Is.EqualTo(Rows(given)), read.Table.FormLabel);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static List<string> Rows(FinalAccounts.Publisher.Model.Tables.PublicTableData table) =>
        [.. table.Records().Select(r => string.Join("|", r.Texts) + "=" + string.Join(",", r.Amounts.Select(a => a.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))))];
}

/// <summary>The sample's PDF edition: prose read from the text layer; tables that the column reconstruction misses are set aside, never reported as mistakes.</summary>
[Category("Slow")]
public sealed class SamplePdfAuditTests
{
    [Test]
    public void The_samples_pdf_has_no_error_and_its_prose_is_checked()
    {
        var pdf = Writers.Shared.Editions.Write("pdf", Golden.SampleDisclosure.Get().Document!, new Writers.Docx.StubFigureRenderer()).Bytes;
        var result = AuditFiles.Audit(pdf, ".pdf");
        Assert.That(result.HasErrors, Is.False, string.Join("\n", AuditFiles.Problems(result)));
        Assert.That(result.Findings.Count(f => f.Diagnostic.Code == FinalAccounts.Publisher.Audit.AuditCodes.CarryOver), Is.EqualTo(1));
        Assert.That(result.FiguresChecked, Is.GreaterThan(150), "most of the prose's figures are read from the text layer");
        Assert.That(result.Findings.Where(f => f.Diagnostic.Location.Part is FinalAccounts.Publisher.Diagnostics.DocumentPart { Page: > 0 }), Is.Not.Empty,
            "places in a PDF carry the page");
    }
}
