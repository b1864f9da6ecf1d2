using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using static FinalAccounts.Publisher.Tests.Fixtures.TestBlocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>The page rules as Word settings: rows that keep with the next, rows that may split, statements kept with their table.</summary>
public sealed class DocxKeepTests
{
    [Test]
    public void Rows_keep_with_the_next_at_the_start_before_a_total_and_at_the_end()
    {
        var keeps = RowKeeps(Write(Heading("表"), Rows(60, totalAt: 30, note: "注：测试。")), "单位：万元");
        Assert.That(keeps[..3], Is.All.True, "the header and the first two rows keep with the next");
        Assert.That(keeps[29], Is.True, "the row before the total (第29行, grid row 29 under the header)");
        Assert.That(keeps[30], Is.False, "the total itself may end a page");
        Assert.That(keeps[10], Is.False, "an ordinary row does not");
        Assert.That(keeps[^2..], Is.All.True, "the last two rows keep together and with the note");
    }

    [Test]
    public void Tall_form_rows_may_split_and_short_rows_do_not()
    {
        using var doc = DocxTestFiles.Open(Write(Heading("附件"), Form(indicators: 3, tallLines: 20)));
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().Single().Elements<W.TableRow>().ToList();
        var split = rows.Select(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is null).ToList();
        Assert.That(split.Count(s => s), Is.EqualTo(1));
        Assert.That(rows[split.IndexOf(true)].InnerText, Does.Contain("年度目标"));
    }

    [Test]
    public void Statement_after_a_landscape_table_is_in_its_landscape_section()
    {
        using var doc = DocxTestFiles.Open(Write(Heading("七、表"), Rows(3, wide: true), Para("本部门2024年度无此项支出。"), Heading("八、表")));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var elements = body.Elements().ToList();
        var statement = elements.FindIndex(e => e.InnerText == "本部门2024年度无此项支出。");
        var sectionEnd = elements.FindIndex(e => e.Descendants<SectionProperties>()
            .Any(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape));
        Assert.That(statement, Is.GreaterThan(0));
        Assert.That(sectionEnd, Is.GreaterThanOrEqualTo(statement), "the landscape section ends after the statement");
        var before = (W.Paragraph)elements[statement - 1];
        Assert.That(before.ParagraphProperties?.KeepNext, Is.Not.Null, "and the note above keeps with it");
    }

    [Test]
    public void Widow_control_is_on_for_every_paragraph()
    {
        using var doc = DocxTestFiles.Open(Write(Heading("正文"), Lines(30)));
        var defaults = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.That(defaults.WidowControl, Is.Not.Null);
    }

    [Test]
    public void Title_part_headings_and_contents_break_where_the_pdf_breaks_them_between_words()
    {
        const string name = "武汉市洪山区经济信息化和科技创新局";
        var here = new Diagnostics.SourceLocation("t.md", 1, 1);
        var part = new Heading(1, "第三部分", $"{name}2024年度部门决算情况说明", "p3", true, here);
        var document = TestBlocks.Document(
            new TitleBlock($"2024年度{name}部门决算", [], here), new TableOfContents("目录", 2, here), new PageBreak(here), part);
        document = document with { Info = document.Info with { Names = [name] } };
        var style = DocumentStyle.Default;
        var pagination = Pdf.PdfSample.Writer.Layout.Paginate(document, new FinalAccounts.Publisher.Writers.WriterContext(style, null, new()));
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write(document, new(style, null, new(), pagination)));
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        static List<string> Lines(W.Paragraph p) =>
            string.Concat(p.Descendants().Select(e => e is Text t ? t.Text : e is Break ? "\n" : "")).Split('\n').ToList();
        var title = paragraphs.First(p => p.InnerText.StartsWith("2024", StringComparison.Ordinal));
        Assert.That(Lines(title), Is.EqualTo(new[] { "2024年度", name, "部门决算" }));
        var heading = paragraphs.Last(p => p.InnerText.StartsWith("第三部分", StringComparison.Ordinal));
        Assert.That(Lines(heading), Is.EqualTo(new[] { $"第三部分 {name}", "2024年度部门决算情况说明" }));
        var entry = Lines(paragraphs.First(p => p.InnerText.StartsWith("第三部分", StringComparison.Ordinal)));
        Assert.That(entry, Has.Count.EqualTo(2), "the contents entry too");
        Assert.That(entry[1], Does.StartWith("2024年度部门决算情况说明"));
    }

    [Test]
    public void With_the_pagination_headings_notes_statements_and_closing_lines_still_keep_with_their_neighbours()
    {
        var document = TestBlocks.Document(
            Heading("一、说明"), Lines(3), Heading("七、表"), Rows(12, note: "注：本表反映测试。"),
            Para("本部门2024年度无此项支出。"), Heading("八、说明"), Lines(2), Para("咨询电话：010-00000000"));
        var context = new FinalAccounts.Publisher.Writers.WriterContext(DocumentStyle.Default, null, new());
        context = context with { Pagination = Pdf.PdfSample.Writer.Layout.Paginate(document, context) };
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write(document, context));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.That(styles.Single(s => s.StyleId == "Heading2").StyleParagraphProperties!.KeepNext, Is.Not.Null,
            "a heading keeps with the next paragraph");
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<W.Paragraph>().ToList();
        var note = paragraphs.Single(p => p.InnerText == "注：本表反映测试。");
        Assert.That(note.ParagraphProperties?.KeepNext, Is.Not.Null, "the note keeps with the statement after it");
        var last = body.Elements<W.Table>().Last().Elements<W.TableRow>().Last();
        Assert.That(last.Descendants<W.Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null), Is.True,
            "the table's last row keeps with its note");
        var closing = paragraphs.FindIndex(p => p.InnerText.StartsWith("咨询电话", StringComparison.Ordinal));
        Assert.That(paragraphs[closing - 1].ParagraphProperties?.KeepNext, Is.Not.Null, "the closing line stays with what precedes it");
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.That(defaults.WidowControl?.Val?.Value ?? true, Is.True, "widow control on");
    }

    private static byte[] Write(params Block[] blocks) => DocxTestFiles.Write(TestBlocks.Document(blocks));

    /// <summary>Per grid row of the table after the paragraph <paramref name="above"/>: whether every cell keeps with the next.</summary>
    private static bool[] RowKeeps(byte[] docx, string above)
    {
        using var doc = DocxTestFiles.Open(docx);
        var table = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().Single();
        Assert.That(table.ElementsBefore().Last().InnerText, Does.Contain(above));
        return table.Elements<W.TableRow>()
            .Select(r => r.Descendants<W.Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null)).ToArray();
    }
}
