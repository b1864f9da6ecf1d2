using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Charts;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>qpdf --check passes the sample department's PDF without a warning, in both house styles (issue 12.3).</summary>
[Category("Slow")]
public sealed class QpdfCheckTests
{
    [TestCase("default")]
    [TestCase("province-2dp")]
    public void The_sample_pdf_passes_qpdf_check_without_warnings(string style)
    {
        var qpdf = Qpdf.RequireOrIgnore();
        var composed = SampleDisclosure.Get(style);
        var documentStyle = composed.Style.Document;
        var charts = new ChartRenderer(ChartSample.Catalog, documentStyle);
        var context = new WriterContext(documentStyle, charts, new DiagnosticBag());
        using var stream = new MemoryStream();
        PdfSample.Writer.Write(composed.Document!, context, stream, CancellationToken.None);
        var (exit, output) = Qpdf.Check(qpdf, stream.ToArray());
        Assert.That(output, Does.Not.Contain("WARNING"));
        Assert.That(exit, Is.Zero, output);
    }
}
