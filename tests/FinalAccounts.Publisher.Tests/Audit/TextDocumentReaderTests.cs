using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Audit;

public sealed class TextDocumentReaderTests
{
    [Test]
    public void Paragraphs_and_headings_are_numbered_in_order_and_wrapped_lines_join()
    {
        var doc = TextDocumentReader.Read("a.md", "# 标题\n\n第一段\n续行\n\n- 列表项\n\n![图](fig.png)\n\n第三段");
        var places = doc.Blocks.Select(b => (ReadDocument.TextOf(b), b.Location.ToString())).ToList();
        Assert.That(places, Is.EqualTo(new[] { ("标题", "a.md:¶1"), ("第一段续行", "a.md:¶2"), ("列表项", "a.md:¶3"), ("第三段", "a.md:¶4") }),
            "an image is a figure, not prose");
        Assert.That(doc.Blocks[0], Is.TypeOf<Heading>());
    }

    [Test]
    public void Tab_rows_are_one_table_across_a_blank_line_and_end_at_text()
    {
        var doc = TextDocumentReader.Read("a.txt", "公开 02 表\n项目\t金额\n201\t1.00\n\n202\t2.00\n注：说明\n\n下一段");
        var table = doc.Blocks.OfType<Table>().Single();
        Assert.That(table.Body.Select(r => r.Cells[0].Text), Is.EqualTo(new[] { "项目", "201", "202" }));
        Assert.That(table.Location.ToString(), Is.EqualTo("a.txt:t1"));
        Assert.That(doc.Blocks.Select(ReadDocument.TextOf).OfType<string>(), Is.EqualTo(new[] { "公开 02 表", "注：说明", "下一段" }));
    }

    [Test]
    public void A_pipe_tables_flattened_header_is_split_back_into_spanning_rows()
    {
        var doc = TextDocumentReader.Read("a.md", "| 收入 / 项目 | 收入 / 金额 | 合计 |\n| --- | ---: | ---: |\n| **一、收入** | 1.00 | 1.00 |");
        var table = doc.Blocks.OfType<Table>().Single();
        Assert.That(table.Header, Has.Count.EqualTo(2));
        Assert.That(table.Header[0].Cells.Select(c => (c.Text, c.ColSpan, c.RowSpan)), Is.EqualTo(new[] { ("收入", 2, 1), ("合计", 1, 2) }));
        Assert.That(table.Header[1].Cells.Select(c => c.Text), Is.EqualTo(new[] { "项目", "金额" }));
        Assert.That(table.Body[0].Cells[0].Text, Is.EqualTo("一、收入"), "emphasis marks are not text");
    }

    [Test]
    public void A_total_label_flattened_over_empty_cells_spans_them_up_to_its_amount()
    {
        var doc = TextDocumentReader.Read("a.md", "| a | b | c | d |\n| - | - | - | - |\n| 公用经费合计 |  |  | 170.04 |\n| 合计 | 27 | 1.00 | |");
        var body = doc.Blocks.OfType<Table>().Single().Body;
        Assert.That(body[0].Cells[0].ColSpan, Is.EqualTo(3));
        Assert.That(body[1].Cells[0].ColSpan, Is.EqualTo(1), "a label followed by a number is not spread");
    }

    [Test]
    public void Places_print_as_paragraph_and_table_row()
    {
        Assert.That(SourceLocation.InDocument("r.docx", 0, 12).ToString(), Is.EqualTo("r.docx:¶12"));
        Assert.That(SourceLocation.InDocument("r.docx", 0, 0, 3, 5, 2).Source.ToString(), Is.EqualTo("r.docx:t3"),
            "a table of a document is a source of its own, as a sheet is");
    }
}
