using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Tests.Writers.Shared;

/// <summary>The rules every edition shares (Writers/Shared), checked in every registered format.</summary>
public sealed class SharedRulesTests
{
    private static readonly SourceLocation At = new("parts/01-overview.sbn", 7, 1);

    [TestCaseSource(typeof(Editions), nameof(Editions.Names))]
    public void A_block_no_writer_knows_is_left_out_with_a_located_warning_and_the_rest_is_written(string format)
    {
        var document = Document(new Heading(1, "第一部分", "概况", "p1", true, SourceLocation.None),
            Para("前面的段落。"), new FutureBlock(At), Para("后面的段落。"));
        var edition = Editions.Write(format, document);
        Assert.That(edition.Diagnostics.Select(d => (d.Code.Id, d.Location)), Is.EqualTo(new[] { ("FA6301", At) }));
        Assert.That(edition.Text, Does.Contain("前面的段落。").And.Contain("后面的段落。"));
    }

    [TestCaseSource(typeof(Editions), nameof(Editions.Names))]
    public void A_figure_that_cannot_be_drawn_is_written_as_caption_and_words_with_a_located_warning(string format)
    {
        var chart = new ChartSpec(ChartKind.Pie, "收入结构", "万元", ["甲"], []);
        var figure = new Figure("fig-1", "图1", "收入结构", chart, "饼图：甲占百分之百。", At);
        var edition = Editions.Write(format, Document(Para("正文。"), figure), new FailingRenderer());
        Assert.That(edition.Diagnostics.Select(d => (d.Code.Id, d.Location)), Is.EqualTo(new[] { ("FA6302", At) }));
        Assert.That(edition.Text, Does.Contain("图1：收入结构").And.Contain("饼图：甲占百分之百。"));
    }

    [TestCaseSource(typeof(Editions), nameof(Editions.Names))]
    public void A_table_title_is_printed_unless_the_heading_right_above_says_exactly_the_same(string format)
    {
        var document = Document(
            new Heading(2, "一、", "收入决算表", "t1", true, SourceLocation.None), Table("收入决算表", "甲"),
            new Heading(2, "二、", "二〇二四年度支出决算表", "t2", true, SourceLocation.None), Table("支出决算表", "乙"));
        var text = Editions.Write(format, document).Text;
        Assert.That(Count(text, "收入决算表"), Is.EqualTo(format == "html" ? 2 : 1),
            "the heading; HTML keeps it in the caption for screen readers");
        Assert.That(Count(text, "支出决算表"), Is.EqualTo(2), "the heading that only ends with it, and the title");
    }

    [Test]
    public void Toc_lists_marked_headings_down_to_its_depth_in_every_edition()
    {
        var blocks = new List<Block>
        {
            new TableOfContents("目  录", 2, SourceLocation.None),
            new Heading(1, "第一部分", "概况", "a", true, SourceLocation.None),
            new Heading(2, "一、", "职责", "b", true, SourceLocation.None),
            new Heading(3, "（一）", "细目", "c", true, SourceLocation.None),
            new Heading(2, "二、", "不列入", "d", false, SourceLocation.None),
        };
        Assert.That(TocEntries.Of(blocks, (TableOfContents)blocks[0]).Select(h => h.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(TocEntries.PlainTitle((TableOfContents)blocks[0]), Is.EqualTo("目录"));
        foreach (var format in Editions.Names)
        {
            var text = Editions.Write(format, Document([.. blocks, Para("正文。")])).Text;
            Assert.That(Count(text, "职责"), Is.EqualTo(2), format + ": once in the TOC, once as the heading");
            Assert.That(Count(text, "细目"), Is.EqualTo(1), format);
            Assert.That(Count(text, "不列入"), Is.EqualTo(1), format);
        }
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static DocumentTree Document(params Block[] blocks) =>
        new(new DocumentInfo("测试", "测试单位", "测试", [], "zh-CN", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            blocks);

    private static Paragraph Para(string text) => new([new Inline(text)], ParagraphKind.Body, SourceLocation.None);

    private static Table Table(string title, string cell) => new("tbl-" + cell, title, [],
        [new TableColumn(CellAlign.Left, 1)], [], [new TableRow([new TableCell(cell)])], [], false, SourceLocation.None);

    /// <summary>A block kind added to the AST after the writers were written.</summary>
    private sealed record FutureBlock(SourceLocation Location) : Block(Location);

    private sealed class FailingRenderer : IFigureRenderer
    {
        public RenderedFigure Render(Figure figure, FigureFormat format) => throw new InvalidOperationException("no fonts");
    }
}
