namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>The sample's own Word document with one realistic slip injected (a run edited, its formatting kept): each is found at its place.</summary>
public sealed class InjectedMistakeTests
{
    private static readonly Lazy<byte[]> Sample = new(() => AuditFiles.SampleDocx());

    /// <summary>The slips of the prose: the text, the slip, the code that must be found where it is.</summary>
    internal static readonly TestCaseData[] Slips =
    [
        new TestCaseData("占63.6%", "占63.7%", "FA9102").SetName("A percent off by 0.1"),
        new TestCaseData("支出决算数小于年初预算数", "支出决算数大于年初预算数", "FA9103").SetName("Swapped 大于 and 小于"),
        new TestCaseData("支出决算为516.49万元", "支出决算为561.49万元", "FA9101").SetName("A transposed digit in an amount"),
        new TestCaseData("（款）行政运行（项）", "（款）行政运转（项）", "FA9104").SetName("A renamed 科目"),
        new TestCaseData("2024年度收、支总计", "2023年度收、支总计", "FA9105").SetName("A wrong year"),
        new TestCaseData("减少8684.98万元，降低24.4%", "减少8864.98万元，降低24.4%", "FA9108").SetName("A change that does not match its percentage"),
    ];

    [TestCaseSource(nameof(Slips))]
    public void A_slip_in_the_prose_is_found_in_its_paragraph(string old, string slip, string code)
    {
        var (bytes, paragraph) = AuditFiles.Inject(Sample.Value, old, slip);
        var result = AuditFiles.Audit(bytes, ".docx");
        Assert.That(AuditFiles.Problems(result), Does.Contain($"{code} :¶{paragraph}"), string.Join("\n", AuditFiles.Problems(result)));
    }

    [Test]
    public void A_leaf_cell_changed_so_that_its_subtotal_no_longer_adds_up_is_found_in_its_table()
    {
        var (bytes, _) = AuditFiles.Inject(Sample.Value, "5.32", "5.23", inRowOf: "2060102");
        var problems = AuditFiles.Audit(bytes, ".docx").Findings.Where(f => f.Diagnostic.Code.Id == "FA2002").Select(f => f.Diagnostic.Location.ToString()).ToList();
        Assert.That(problems, Is.Not.Empty);
        Assert.That(problems, Has.All.Match(":t[0-9]+:r[0-9]+:c[0-9]+$"), "located at a table row and column");
    }
}

/// <summary>With --data the document is checked against the department's data: a table copied wrongly into Word is found at its cell.</summary>
public sealed class DataAuditTests
{
    [Test]
    public void The_sample_against_its_own_data_has_no_error()
    {
        var result = AuditFiles.Audit(AuditFiles.SampleDocx(), ".docx", AuditFiles.Options(data: Golden.SampleDisclosure.SampleFolder));
        Assert.That(result.HasErrors, Is.False, string.Join("\n", AuditFiles.Problems(result)));
    }

    [Test]
    public void A_cell_copied_wrongly_into_the_document_is_found_at_its_cell_with_the_datas_figure()
    {
        var (bytes, _) = AuditFiles.Inject(AuditFiles.SampleDocx(), "5.32", "5.23", inRowOf: "2060102");
        var result = AuditFiles.Audit(bytes, ".docx", AuditFiles.Options(data: Golden.SampleDisclosure.SampleFolder));
        var copied = result.Findings.Where(f => f.Diagnostic.Code.Id == "FA9110").ToList();
        Assert.That(copied, Is.Not.Empty);
        Assert.That(copied.Select(f => (f.Written, f.Expected)), Has.All.EqualTo(("5.23", "5.32")));
        Assert.That(copied.Select(f => f.Diagnostic.Location.ToString()), Has.All.Match(":t[0-9]+:r[0-9]+:c[0-9]+$"));
    }
}

/// <summary>
/// The same slips in the sample's PDF edition (the document edited before the PDF writer, as a hand edit would leave
/// it): each is found in the paragraph of the PDF that holds it, with its page; the subtotal in its rebuilt table.
/// </summary>
[Category("Slow")]
public sealed class InjectedPdfMistakeTests
{
    [TestCaseSource(typeof(InjectedMistakeTests), nameof(InjectedMistakeTests.Slips))]
    public void A_slip_in_the_prose_is_found_in_its_paragraph_and_page(string old, string slip, string code)
    {
        var composed = Golden.SampleDisclosure.Get();
        var result = AuditFiles.Audit(AuditFiles.Pdf(composed, AuditFiles.Inject(composed.Document!, old, slip)), ".pdf");
        var holder = result.Text!.Blocks.First(b => FinalAccounts.Publisher.Audit.ReadDocument.TextOf(b)?.Contains(slip, StringComparison.Ordinal) == true);
        Assert.That(holder.Location.ToString(), Does.Match(":p[0-9]+:¶[0-9]+$"));
        Assert.That(AuditFiles.Problems(result), Does.Contain($"{code} {holder.Location.ToString()[holder.Location.File.Length..]}"),
            string.Join("\n", AuditFiles.Problems(result)));
    }

    [Test]
    public void A_leaf_cell_changed_so_that_its_subtotal_no_longer_adds_up_is_found_in_its_rebuilt_table()
    {
        var composed = Golden.SampleDisclosure.Get();
        var result = AuditFiles.Audit(AuditFiles.Pdf(composed, AuditFiles.Inject(composed.Document!, "5.32", "5.23", inRowOf: "2060102")), ".pdf");
        var problems = result.Findings.Where(f => f.Diagnostic.Code.Id == "FA2002").Select(f => f.Diagnostic.Location.ToString()).ToList();
        Assert.That(problems, Is.Not.Empty, string.Join("\n", AuditFiles.Problems(result)));
        Assert.That(problems, Has.All.Match(":p[0-9]+:t[0-9]+:r[0-9]+:c[0-9]+$"), "located at a page, table row and column");
        Assert.That(AuditFiles.Problems(result), Has.None.StartsWith("FA9004"), "the table is checked, not set aside");
    }
}
