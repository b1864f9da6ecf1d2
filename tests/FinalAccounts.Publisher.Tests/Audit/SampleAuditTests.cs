using FinalAccounts.Publisher.Audit;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>No false alarms: the sample as the build writes it, in each style, audited as .md and .docx.</summary>
public sealed class SampleAuditTests
{
    private static readonly string[] Styles = ["default", "province-2dp"];

    [TestCaseSource(nameof(Styles))]
    public void The_samples_markdown_has_no_error_only_the_kept_carry_over_and_count_warnings(string style)
    {
        var result = AuditFiles.Audit(AuditFiles.SampleMarkdown(style), AuditFiles.Options(style));
        AssertOnlyTheKeptWarnings(result);
        Assert.That(result.FiguresChecked, Is.GreaterThan(250));
    }

    [TestCaseSource(nameof(Styles))]
    public void The_samples_word_document_has_no_error_only_the_kept_carry_over_and_count_warnings(string style)
    {
        var result = AuditFiles.Audit(AuditFiles.SampleDocx(style), ".docx", AuditFiles.Options(style));
        AssertOnlyTheKeptWarnings(result);
    }

    /// <summary>
    /// The inconsistencies the sample's data keeps on purpose, as printed (its NOTES.md, B2.9 and B2.10), are the only
    /// findings that are not info: the 1725万元 carried over against blank year-end lines, and 隐患排查 123家 in the
    /// text against 119家/年 in the form.
    /// </summary>
    internal static void AssertOnlyTheKeptWarnings(AuditResult result)
    {
        var problems = result.Findings.Where(f => f.Diagnostic.Severity != FinalAccounts.Publisher.Diagnostics.Severity.Info).ToList();
        Assert.That(problems.Select(f => (f.Diagnostic.Code.Id, f.Written, f.Expected)), Is.EqualTo(new[]
        {
            ("FA9109", "1725万元", "0万元（公开01表 年末结转和结余）"),
            ("FA9111", "123家", "119家"),
        }), string.Join("\n", AuditFiles.Problems(result)));
    }

    [Test]
    public void The_samples_tables_read_from_its_word_document_are_the_datas_figures() =>
        AssertTablesAreTheDatas(AuditFiles.SampleDocx(), ".docx");

    /// <summary>Each of the nine tables read from the document (bytes of an edition) holds exactly the data's rows and figures.</summary>
    internal static void AssertTablesAreTheDatas(byte[] bytes, string extension)
    {
        var bag = new FinalAccounts.Publisher.Diagnostics.DiagnosticBag();
        var dir = Writers.Docx.DocxTestFiles.TempDirectory("audit-tables");
        try
        {
            var path = Path.Combine(dir, "report" + extension);
            File.WriteAllBytes(path, bytes);
            var document = DocumentAudit.Read(path, path, bag)!;
            var fromDocument = DocumentModel.Load(document, AuditFiles.Options().ReferenceFolder, bag).Model!;
            Assert.That(bag.Items.Where(d => d.Severity != FinalAccounts.Publisher.Diagnostics.Severity.Info).Select(d => d.ToString()), Is.Empty);
            var data = new FinalAccounts.Publisher.Input.DepartmentLoader().Load(Golden.SampleDisclosure.SampleFolder).Model!;
            Assert.That(fromDocument.Tables, Has.Count.EqualTo(9));
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

/// <summary>
/// The sample's PDF edition in each style: the nine tables rebuilt from their ruled cells and checked like the Word
/// tables, the prose read from the text layer; no error, only the warnings of what the data keeps on purpose.
/// </summary>
[Category("Slow")]
public sealed class SamplePdfAuditTests
{
    private static readonly string[] Styles = ["default", "province-2dp"];

    [TestCaseSource(nameof(Styles))]
    public void The_samples_pdf_has_no_error_only_the_kept_warnings_and_every_table_is_checked(string style)
    {
        var result = AuditFiles.Audit(AuditFiles.SamplePdf(style), ".pdf", AuditFiles.Options(style));
        SampleAuditTests.AssertOnlyTheKeptWarnings(result);
        Assert.That(result.Findings.Where(f => f.Diagnostic.Code.Id == "FA2900").Select(f => f.Diagnostic.Location.ToString()).ToList(),
            Has.Count.EqualTo(4).And.All.Match(":p[0-9]+:t[0-9]+:r[0-9]+:c[0-9]+$"), "the 0.01 tails of 公开03表 and 公开05表, found in their PDF tables");
        Assert.That(result.FiguresChecked, Is.GreaterThan(240), "most of the prose's figures are read from the text layer");
        Assert.That(result.Findings.Where(f => f.Diagnostic.Location.Part is FinalAccounts.Publisher.Diagnostics.DocumentPart { Page: > 0 }), Is.Not.Empty,
            "places in a PDF carry the page");
    }

    [Test]
    public void The_samples_tables_read_from_its_pdf_are_the_datas_figures() =>
        SampleAuditTests.AssertTablesAreTheDatas(AuditFiles.SamplePdf(), ".pdf");
}
