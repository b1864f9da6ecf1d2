using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Tests.Writers.Shared;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>Tables of our own PDF writer read back from the rules drawn around their cells: spans, wrapped text, pages.</summary>
public sealed class PdfDocumentReaderTests
{
    [Test]
    public void A_forms_spanning_labels_and_merged_cells_are_read_back_with_their_spans()
    {
        var form = TestBlocks.Form(indicators: 3);
        var read = Read(TestBlocks.Heading("自评表"), form).Blocks.OfType<Table>().Single();
        Assert.That(Cells(read), Is.EqualTo(Cells(form)));
    }

    [Test]
    public void A_header_that_wraps_inside_its_cell_reads_as_one_text()
    {
        const string Long = "一般公共预算财政拨款基本支出决算明细";
        var columns = new[] { new TableColumn(CellAlign.Left, 1), new TableColumn(CellAlign.Right, 0.4, true) };
        var table = new Table("t", "测试表", [], columns, [new TableRow([new TableCell("项目"), new TableCell(Long)], TableRowKind.Header)],
            [new TableRow([new TableCell("合计"), new TableCell("1,234.56")])], [], false, Here);
        var read = Read(table).Blocks.OfType<Table>().Single();
        Assert.That(Cells(read), Is.EqualTo(new[] { "项目|" + Long, "合计|1,234.56" }));
    }

    [Test]
    public void A_table_carried_over_pages_with_its_header_repeated_is_one_table_and_text_around_it_stays_prose()
    {
        var table = TestBlocks.Rows(120);
        var read = Read(TestBlocks.Para("表前的一段文字。"), table, TestBlocks.Para("表后的一段文字。"));
        var tables = read.Blocks.OfType<Table>().ToList();
        Assert.That(tables, Has.Count.EqualTo(1));
        Assert.That(Cells(tables[0]), Is.EqualTo(Cells(table)));
        var prose = read.Blocks.Select(ReadDocument.TextOf).OfType<string>().ToList();
        Assert.That(prose, Does.Contain("表前的一段文字。").And.Contain("表后的一段文字。"));
        Assert.That(prose.IndexOf("表前的一段文字。"), Is.LessThan(read.Blocks.ToList().IndexOf(tables[0])), "document order kept");
    }

    [Test]
    public void The_line_of_department_year_and_unit_above_a_table_is_one_paragraph_with_its_parts_apart()
    {
        var table = TestBlocks.Rows(3) with { Preamble = [new TableMetaLine("部门：测试局", "2024年度", "单位：万元")] };
        var read = Read(table);
        Assert.That(read.Blocks.Select(ReadDocument.TextOf), Does.Contain("部门：测试局\t2024年度\t单位：万元"));
    }

    private static readonly Diagnostics.SourceLocation Here = new("blocks.md", 1, 1);

    private static ReadDocument Read(params Block[] blocks)
    {
        var pdf = Editions.Write("pdf", TestBlocks.Document(blocks)).Bytes;
        using var stream = new MemoryStream(pdf);
        return PdfDocumentReader.Read("t.pdf", stream);
    }

    /// <summary>A table's rows, header first, as "text|text" with "&lt;n" for a column span and "^n" for a row span.</summary>
    private static List<string> Cells(Table table) =>
        [.. table.Header.Concat(table.Body).Select(r => string.Join("|", r.Cells.Select(c =>
            c.Text + (c.ColSpan > 1 ? $"<{c.ColSpan}" : "") + (c.RowSpan > 1 ? $"^{c.RowSpan}" : ""))))];
}
