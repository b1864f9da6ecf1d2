using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using static FinalAccounts.Publisher.Tests.Fixtures.TestBlocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>
/// A 自评表 the pagination breaks across pages, in the Word file (one table piece per page): on a continuation page the
/// spanning labels are merged cells that start again once, and a split row repeats its labels (issue 12, point 2).
/// </summary>
public sealed class DocxFormPiecesTests
{
    [Test]
    public void A_label_spanning_onto_the_next_page_starts_again_once_and_merges_down()
    {
        var pieces = Pieces(Heading("附件"), Form(indicators: 45));
        Assert.That(pieces, Has.Count.GreaterThan(1), "the form runs over a page");
        var next = pieces[1];
        var labelled = next.Elements<W.TableRow>().Where(r => r.InnerText.Contains("产出指标", StringComparison.Ordinal)).ToList();
        Assert.That(labelled, Has.Count.EqualTo(1), "产出指标 once on the continuation, not on every row");
        var column = Cells(labelled[0]).FindIndex(c => c.InnerText == "产出指标");
        var below = next.Elements<W.TableRow>().SkipWhile(r => r != labelled[0]).Skip(1)
            .Where(r => r.InnerText.Contains("行", StringComparison.Ordinal)).ToList();
        Assert.That(below, Is.Not.Empty);
        Assert.That(below.Select(r => Cells(r)[column].TableCellProperties?.VerticalMerge), Is.All.Not.Null,
            "the rows below continue the merged cell");
        Assert.That(Cells(labelled[0])[column].TableCellProperties!.VerticalMerge!.Val!.Value, Is.EqualTo(MergedCellValues.Restart));
    }

    [Test]
    public void A_split_row_repeats_its_labels_on_the_continuation()
    {
        var pieces = Pieces(Heading("附件"), Lines(8), Form(indicators: 2, tallLines: 40));
        var parts = pieces.SelectMany(t => t.Elements<W.TableRow>())
            .Where(r => r.InnerText.Contains("推动工业企业", StringComparison.Ordinal)).ToList();
        Assert.That(parts, Has.Count.GreaterThanOrEqualTo(2), "the tall row is split across pages");
        foreach (var part in parts)
        {
            Assert.That(Cells(part)[0].InnerText, Is.EqualTo("年度目标（20分）"), "the row's label on each page");
        }
    }

    private static List<W.TableCell> Cells(W.TableRow row) => row.Elements<W.TableCell>().ToList();

    /// <summary>The tables (one per page) of the Word file written as the builder writes it: with the pagination.</summary>
    private static List<W.Table> Pieces(params Block[] blocks)
    {
        var document = Fixtures.TestBlocks.Document(blocks);
        var context = new WriterContext(DocumentStyle.Default, null, new DiagnosticBag());
        context = context with { Pagination = Pdf.PdfSample.Writer.Layout.Paginate(document, context) };
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write(document, context));
        return doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Select(t => (W.Table)t.CloneNode(true)).ToList();
    }
}
