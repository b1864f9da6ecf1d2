namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>The sample's own Word document with one realistic slip injected (a run edited, its formatting kept): each is found at its place.</summary>
public sealed class InjectedMistakeTests
{
    private static readonly Lazy<byte[]> Sample = new(() => AuditFiles.SampleDocx());

    [TestCase("占63.6%", "占63.7%", "FA9102", TestName = "A percent off by 0.1")]
    [TestCase("支出决算数小于年初预算数", "支出决算数大于年初预算数", "FA9103", TestName = "Swapped 大于 and 小于")]
    [TestCase("支出决算为516.49万元", "支出决算为561.49万元", "FA9101", TestName = "A transposed digit in an amount")]
    [TestCase("（款）行政运行（项）", "（款）行政运转（项）", "FA9104", TestName = "A renamed 科目")]
    [TestCase("2024年度收、支总计", "2023年度收、支总计", "FA9105", TestName = "A wrong year")]
    [TestCase("减少8684.98万元，降低24.4%", "减少8864.98万元，降低24.4%", "FA9108", TestName = "A change that does not match its percentage")]
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
