using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>
/// The 部门 / 年度 / 单位 line above a table is placed where the PDF placed it, so a long department name does not push
/// 单位 onto a second line in Word (and the table a line down, past the page the PDF gave it).
/// </summary>
public sealed class DocxMetaLineTests
{
    private const string LongName = "部门：示例省示例市青山区经济信息化和科技创新与卫生健康委员会办公室";

    [Test]
    public void A_long_department_name_moves_the_year_aside_on_one_line_as_in_the_pdf()
    {
        var meta = MetaParagraphs(new TableMetaLine(LongName, "2024年度", "单位：万元"), wide: true);
        Assert.That(meta.Select(Text), Is.EqualTo(new[] { LongName + "\t2024年度\t单位：万元" }));
        var tabs = meta[0].ParagraphProperties!.Tabs!.Elements<TabStop>().ToList();
        Assert.That(tabs[0].Val!.Value, Is.EqualTo(TabStopValues.Left), "the year starts after the name, not centred");
        var nameEms = LongName.Length * DocumentStyle.Default.Font(StyleRole.TableMeta).SizePt * 20;
        Assert.That(tabs[0].Position!.Value, Is.GreaterThan(nameEms), "past the name");
        Assert.That(tabs[1].Val!.Value, Is.EqualTo(TabStopValues.Right));
    }

    [Test]
    public void A_short_name_leaves_the_year_centred()
    {
        var meta = MetaParagraphs(new TableMetaLine("部门：示例局", "2024年度", "单位：万元"));
        var tabs = meta[0].ParagraphProperties!.Tabs!.Elements<TabStop>().ToList();
        var half = tabs[1].Position!.Value / 2;
        var em = DocumentStyle.Default.Font(StyleRole.TableMeta).SizePt * 20;
        Assert.That(tabs[0].Val!.Value, Is.EqualTo(TabStopValues.Left));
        Assert.That(tabs[0].Position!.Value, Is.InRange(half - 3 * em, half - 1.5 * em), "half the width less half the year's 3 to 4 em");
    }

    [Test]
    public void Parts_that_cannot_share_a_line_put_the_name_on_its_own_line_as_in_the_pdf()
    {
        var name = "部门：" + string.Concat(Enumerable.Repeat("示例省示例市经济信息化和科技创新局", 2));
        var meta = MetaParagraphs(new TableMetaLine(name, "2024年度", "单位：万元"));
        Assert.That(meta.Select(Text), Is.EqualTo(new[] { name, "\t2024年度\t单位：万元" }));
    }

    private static string Text(W.Paragraph p) =>
        string.Concat(p.Descendants().Select(e => e is Text t ? t.Text : e is TabChar ? "\t" : ""));

    private static List<W.Paragraph> MetaParagraphs(TableMetaLine line, bool wide = false)
    {
        var table = TestBlocks.Rows(3, wide: wide) with { Preamble = [line] };
        var document = TestBlocks.Document(TestBlocks.Heading("表"), table);
        var style = DocumentStyle.Default;
        var pagination = Pdf.PdfSample.Writer.Layout.Paginate(document, new WriterContext(style, null, new()));
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write(document, new(style, null, new(), pagination)));
        return doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TableMeta").ToList();
    }
}
