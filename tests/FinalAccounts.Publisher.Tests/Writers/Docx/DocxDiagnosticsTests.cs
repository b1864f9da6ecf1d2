using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>What the writer cannot set as asked it reports with the node's place, and still writes a valid file.</summary>
public sealed class DocxDiagnosticsTests
{
    private static readonly SourceLocation At = new("templates/part2.md", 12, 3);

    [Test]
    public void Overlapping_spans_are_reported_and_the_table_is_written_without_merges()
    {
        var table = new Document.Table("t", "坏表", [], [new(CellAlign.Left), new(CellAlign.Left)], [],
            [new([new("甲", RowSpan: 2), new("乙")]), new([new("丙", ColSpan: 2)])], [], false, At);
        var (doc, diagnostics) = Write(table);
        Assert.That(diagnostics.Select(d => (d.Code.Id, d.Location)), Is.EqualTo(new[] { ("FA7101", At) }));
        Assert.That(Body(doc).Descendants<W.TableCell>().Select(c => c.InnerText), Is.EqualTo(new[] { "甲", "乙", "丙", "" }));
    }

    [Test]
    public void Heading_level_out_of_range_is_reported_and_written_at_the_nearest_level()
    {
        var (doc, diagnostics) = Write(new Heading(7, "", "深层标题", "deep", false, At));
        Assert.That(diagnostics.Single().Code.Id, Is.EqualTo("FA7104"));
        Assert.That(Body(doc).Elements<W.Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value, Is.EqualTo("Heading5"));
    }

    [Test]
    public void Figure_that_cannot_be_drawn_is_reported_and_written_as_caption_and_text()
    {
        var figure = new Figure("f", "图1", "收入结构", new ChartSpec(ChartKind.Pie, "收入结构", "万元", ["甲"], []), "饼图：甲100%。", At);
        var (doc, diagnostics) = Write([figure], new ThrowingRenderer());
        Assert.That(diagnostics.Single().Code.Id, Is.EqualTo("FA6302"));
        Assert.That(Body(doc).Elements<W.Paragraph>().Select(p => p.InnerText), Does.Contain("图1：收入结构").And.Contain("饼图：甲100%。"));
        Assert.That(Body(doc).Descendants<Drawing>(), Is.Empty);
    }

    [Test]
    public void Link_to_a_missing_heading_keeps_its_text_and_is_reported()
    {
        var p = new Document.Paragraph([new Inline("见"), new Inline("第九部分", Link: "#nowhere")], ParagraphKind.Body, At);
        var (doc, diagnostics) = Write(p);
        Assert.That(diagnostics.Single().Code.Id, Is.EqualTo("FA7106"));
        Assert.That(Body(doc).Elements<W.Paragraph>().First().InnerText, Is.EqualTo("见第九部分"));
    }

    [Test]
    public void Links_to_headings_and_urls_become_hyperlinks()
    {
        var h = new Heading(2, "一、", "收入", "income", true, At);
        var p = new Document.Paragraph([new Inline("见收入", Link: "#income"), new Inline("门户", Link: "https://www.hongshan.gov.cn/")], ParagraphKind.Body, At);
        var (doc, diagnostics) = Write(h, p);
        Assert.That(diagnostics, Is.Empty);
        var links = Body(doc).Descendants<Hyperlink>().ToList();
        Assert.That(links[0].Anchor!.Value, Is.EqualTo("income"));
        Assert.That(doc.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == links[1].Id!.Value).Uri.AbsoluteUri, Is.EqualTo("https://www.hongshan.gov.cn/"));
    }

    [Test]
    public void Drawn_figure_is_embedded_at_the_text_width_with_its_alt_text_and_caption()
    {
        var figure = new Figure("f", "图1", "收入结构", new ChartSpec(ChartKind.Pie, "收入结构", "万元", ["甲"], []), "饼图：甲100%。", At);
        var (doc, diagnostics) = Write([figure], new StubFigureRenderer());
        Assert.That(diagnostics, Is.Empty);
        var paragraphs = Body(doc).Elements<W.Paragraph>().ToList();
        var props = paragraphs[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
        Assert.That(props.Description!.Value, Is.EqualTo("饼图：甲100%。"));
        var extent = paragraphs[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        Assert.That(extent.Cx!.Value / 12700.0, Is.EqualTo((210 - 28 - 26) * 72 / 25.4).Within(0.5), "text width in points");
        Assert.That(extent.Cy!.Value * 400.0 / extent.Cx.Value, Is.EqualTo(250).Within(0.01), "aspect ratio kept");
        Assert.That(paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value, Is.EqualTo("FigureImage"), "its style keeps it with the caption");
        Assert.That(paragraphs[1].InnerText, Is.EqualTo("图1：收入结构"));
        Assert.That(doc.MainDocumentPart!.ImageParts.Single().ContentType, Is.EqualTo("image/png"));
    }

    private static (DocumentFormat.OpenXml.Packaging.WordprocessingDocument, IReadOnlyList<Diagnostic>) Write(params Block[] blocks) => Write(blocks, null);

    private static (DocumentFormat.OpenXml.Packaging.WordprocessingDocument, IReadOnlyList<Diagnostic>) Write(Block[] blocks, IFigureRenderer? figures)
    {
        var info = new DocumentInfo("t", "a", "s", [], "zh-CN", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var context = new WriterContext(DocumentStyle.Default, figures, new DiagnosticBag());
        var bytes = DocxTestFiles.Write(new DocumentTree(info, blocks), context);
        var doc = DocxTestFiles.Open(bytes);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.That(errors, Is.Empty, "still a valid file");
        return (doc, context.Diagnostics.Items);
    }

    private static Body Body(DocumentFormat.OpenXml.Packaging.WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    private sealed class ThrowingRenderer : IFigureRenderer
    {
        public RenderedFigure Render(Figure figure, FigureFormat format) => throw new InvalidOperationException("no font");
    }
}
