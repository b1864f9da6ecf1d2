using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Audit;
using DocTable = FinalAccounts.Publisher.Document.Table;

namespace FinalAccounts.Publisher.Tests.Audit;

public sealed class DocxDocumentReaderTests
{
    [Test]
    public void Paragraphs_are_numbered_without_empty_ones_and_tables_keep_their_spans()
    {
        var doc = Read(
            P("第一段"), P(""), P("公开01表"),
            Tbl(Row(true, Cell("收入", span: 2), Cell("支出", merge: MergedCellValues.Restart)),
                Row(true, Cell("项目"), Cell("金额"), Cell("", merge: MergedCellValues.Continue)),
                Row(false, Cell("一、收入"), Cell("1.00"), Cell("2.00"))),
            P("注：说明"));
        Assert.That(doc.Blocks.Select(b => b.Location.ToString()), Is.EqualTo(new[] { "d.docx:¶1", "d.docx:¶2", "d.docx:t1", "d.docx:¶3" }));
        var table = (DocTable)doc.Blocks[2];
        Assert.That(table.Header[0].Cells.Select(c => (c.Text, c.ColSpan, c.RowSpan)), Is.EqualTo(new[] { ("收入", 2, 1), ("支出", 1, 2) }));
        Assert.That(table.Header[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "项目", "金额" }), "a continued vertical merge is not a cell");
        Assert.That(table.Body.Single().Cells.Select(c => c.Text), Is.EqualTo(new[] { "一、收入", "1.00", "2.00" }));
    }

    [Test]
    public void A_table_carried_over_a_page_with_its_header_repeated_is_one_table()
    {
        var header = () => Row(true, Cell("项目"), Cell("金额"));
        var doc = Read(Tbl(header(), Row(false, Cell("a"), Cell("1"))), P(""), Tbl(header(), Row(false, Cell("b"), Cell("2"))));
        var table = doc.Blocks.OfType<DocTable>().Single();
        Assert.That(table.Body.Select(r => r.Cells[0].Text), Is.EqualTo(new[] { "a", "b" }));
    }

    private static ReadDocument Read(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(body));
        }

        stream.Position = 0;
        return DocxDocumentReader.Read("d.docx", stream);
    }

    private static Paragraph P(string text) => new(new Run(new Text(text)));

    private static Table Tbl(params TableRow[] rows) => new(rows);

    private static TableRow Row(bool header, params TableCell[] cells)
    {
        var row = new TableRow(cells);
        if (header) row.PrependChild(new TableRowProperties(new TableHeader()));
        return row;
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (merge is { } m) props.Append(new VerticalMerge { Val = m });
        return new TableCell(props, P(text));
    }
}
