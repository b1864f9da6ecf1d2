using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Tests.Review;

/// <summary>A document's text as units: headings, sentences, table titles and rows; and the stored form of it.</summary>
public sealed class DocumentTextTests
{
    [Test]
    public void Sentences_end_after_full_stops_semicolons_and_marks_keeping_closing_quotes()
    {
        var sentences = DocumentText.Split("主要是用于“国防支出。”其次；再次！是否？末尾没有句号\n下一行");

        Assert.That(sentences, Is.EqualTo(new[] { "主要是用于“国防支出。”", "其次；", "再次！", "是否？", "末尾没有句号", "下一行" }));
    }

    [Test]
    public void A_document_gives_its_headings_sentences_table_title_and_rows_but_not_its_contents_page()
    {
        var at = SourceLocation.OfFile("t.sbn");
        var table = new Table("t1", "收入决算表", [], [], [new TableRow([new TableCell("项目"), new TableCell("金额")], TableRowKind.Header)],
            [new TableRow([new TableCell("合计"), new TableCell("26,864.63")]), new TableRow([new TableCell("201"), new TableCell("")])],
            ["注：本表反映部门本年度取得的各项收入情况。"], false, at);
        var document = new DocumentTree(new DocumentInfo("题", "", "", [], "zh-CN", DateTimeOffset.UnixEpoch),
        [
            new TableOfContents("目录", 2, at),
            new Heading(2, "一、", "收入决算表", "h1", true, at),
            new Paragraph([new Inline("收入合计26864.63万元。"), new Inline("其中财政拨款26864.63万元。", InlineStyle.Bold)], ParagraphKind.Body, at),
            table,
            new PageBreak(at),
        ]);

        var units = DocumentText.Units(document);

        Assert.That(units.Select(u => (u.Kind, u.Text)), Is.EqualTo(new[]
        {
            (TextUnitKind.Heading, "一、收入决算表"),
            (TextUnitKind.Sentence, "收入合计26864.63万元。"),
            (TextUnitKind.Sentence, "其中财政拨款26864.63万元。"),
            (TextUnitKind.Table, "收入决算表"),
            (TextUnitKind.Row, "合计 | 26,864.63"),
            (TextUnitKind.Row, "201 |"),
            (TextUnitKind.Sentence, "注：本表反映部门本年度取得的各项收入情况。"),
        }));
    }

    [Test]
    public void A_stored_text_reads_back_as_written()
    {
        var dump = new TextDump(new string('a', 64), new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero), true, "2024年度某局部门决算",
        [
            new TextUnit(TextUnitKind.Heading, "第一部分 概况", 1),
            new TextUnit(TextUnitKind.Sentence, "收入合计26864.63万元。"),
            new TextUnit(TextUnitKind.Table, "收入决算表"),
            new TextUnit(TextUnitKind.Row, "合计 | 26,864.63"),
        ]);

        var read = TextDump.Parse(System.Text.Encoding.UTF8.GetString(dump.ToBytes()));

        Assert.That(read, Is.Not.Null);
        Assert.That((read!.Fingerprint, read.Built, read.Draft, read.Title), Is.EqualTo((dump.Fingerprint, dump.Built, true, dump.Title)));
        Assert.That(read.Units, Is.EqualTo(dump.Units));
        Assert.That(TextDump.Parse("not a text dump"), Is.Null);
    }
}
