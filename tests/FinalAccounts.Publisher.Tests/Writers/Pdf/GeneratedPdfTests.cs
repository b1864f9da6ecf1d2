using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Charts;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// Every department of the 40-department generated sample, and the sample department in both styles, laid out and
/// written as PDF: no continuation page carries a single body row (or only a table's notes), no layout warning, and
/// qpdf --check is clean.
/// </summary>
[Category("Slow")]
public sealed class GeneratedPdfTests
{
    private static IEnumerable<string> Editions => GeneratedSample.Ids.Concat(["sample:default", "sample:province-2dp"]);

    [TestCaseSource(nameof(Editions))]
    public void No_continuation_page_carries_a_single_body_row(string edition)
    {
        var composed = Get(edition);
        var bag = new DiagnosticBag();
        var context = new WriterContext(composed.Style.Document, null, bag);
        var layout = PdfSample.Writer.Layout.Run(composed.Document!, context, CancellationToken.None)!;
        Assert.That(bag.Items.Where(d => d.Severity != Severity.Info).Select(d => d.Message.En), Is.Empty, "layout warnings");
        var lonely = layout.Pages.SelectMany((p, i) => p.Ops.OfType<TablePieceOp>().Select(t => (Page: i + 1, Piece: t)))
            .Where(x => x.Piece.Continues && x.Piece.BodyRows > 0)
            // A split row's text running on (two lines at least) is not a stranded row.
            .Where(x => x.Piece.Rows < 2 && !(x.Piece.Rows == 1 && x.Piece.From.Line > 0))
            .Select(x => $"page {x.Page}: {x.Piece.TableId} {x.Piece.From}–{x.Piece.End} of {x.Piece.BodyRows}").ToList();
        Assert.That(lonely, Is.Empty);
    }

    [TestCaseSource(typeof(GeneratedSample), nameof(GeneratedSample.Ids))]
    public void Every_generated_pdf_passes_qpdf_check_without_warnings(string id)
    {
        var qpdf = Qpdf.RequireOrIgnore();
        var composed = GeneratedSample.Get(id);
        var style = composed.Style.Document;
        var context = new WriterContext(style, new ChartRenderer(ChartSample.Catalog, style), new DiagnosticBag());
        using var stream = new MemoryStream();
        PdfSample.Writer.Write(composed.Document!, context, stream, CancellationToken.None);
        var (exit, output) = Qpdf.Check(qpdf, stream.ToArray());
        Assert.That(output, Does.Not.Contain("WARNING"));
        Assert.That(exit, Is.Zero, output);
    }

    private static Composed Get(string edition) =>
        edition.StartsWith("sample:", StringComparison.Ordinal) ? SampleDisclosure.Get(edition[7..]) : GeneratedSample.Get(edition);
}
