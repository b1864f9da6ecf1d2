using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Markdown;

namespace FinalAccounts.Publisher.Tests.Writers.Markdown;

/// <summary>The Markdown writer: linked TOC, anchored headings, flattened merged headers, right-aligned numbers, escaping.</summary>
public sealed class MarkdownWriterTests
{
    private static readonly SourceLocation At = new("t.md", 1, 1);

    private static string Write(params Block[] blocks)
    {
        var doc = new DocumentTree(new DocumentInfo("标题", "部门", "主题", [], "zh-CN", DateTimeOffset.UnixEpoch), blocks);
        using var stream = new MemoryStream();
        new MarkdownWriter().Write(doc, new WriterContext(DocumentStyle.Default, null, new DiagnosticBag()), stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void The_table_of_contents_links_to_anchored_headings()
    {
        var md = Write(new TableOfContents("目  录", 2, At), new Heading(1, "第一部分", "概况", "sec-1", true, At), new Heading(2, "一、", "职责", "sec-2", true, At));
        Assert.That(md, Does.Contain("## 目录\n\n- [第一部分 概况](#sec-1)\n  - [一、职责](#sec-2)\n"));
        Assert.That(md, Does.Contain("<a id=\"sec-2\"></a>\n\n### 一、职责\n"));
    }

    [Test]
    public void Merged_header_rows_flatten_into_one_row_that_keeps_every_label()
    {
        var table = new Table("t", "收入支出决算总表", [new("", "", "公开01表")],
            [new(CellAlign.Left), new(CellAlign.Right, 0, true), new(CellAlign.Left), new(CellAlign.Right, 0, true)],
            [
                new([new("收入", 2), new("支出", 2)], TableRowKind.Header),
                new([new("项目"), new("金额"), new("项目"), new("金额")], TableRowKind.Header),
                new([new("栏次"), new("1"), new("栏次"), new("2")], TableRowKind.ColumnNumbers),
            ],
            [new([new("一、收入|甲"), new("26,864.63"), new("一、支出*"), new("")])], ["注：表注。"], false, At);
        var md = Write(new Heading(2, "一、", "收入支出决算总表", "h", true, At), table);
        Assert.That(md, Does.Contain("公开01表\n\n"));
        Assert.That(md, Does.Contain("| 收入 / 项目 | 收入 / 金额 | 支出 / 项目 | 支出 / 金额 |\n| --- | ---: | --- | ---: |\n"));
        Assert.That(md, Does.Contain("| 栏次 | 1 | 栏次 | 2 |\n| 一、收入\\|甲 | 26,864.63 | 一、支出\\* |  |\n"));
        Assert.That(md, Does.Contain("注：表注。"));
        Assert.That(md, Does.Not.Contain("**收入支出决算总表**"), "the heading already names the table");
    }

    [Test]
    public void Inline_styles_and_ordered_list_starts_survive()
    {
        var md = Write(
            new Paragraph([new("加粗", InlineStyle.Bold), new("和"), new("倾斜", InlineStyle.Italic)], ParagraphKind.Body, At),
            new ListBlock(true, [[new("第三项")]], At, Start: 3));
        Assert.That(md, Does.Contain("**加粗**和*倾斜*"));
        Assert.That(md, Does.Contain("3. 第三项"));
    }

    [TestCase("A&amp;B 与 R&D")]
    [TestCase("&#x4E2D;&nbsp;&lt;b&gt;")]
    [TestCase("<b>粗</b><script>alert(1)</script>")]
    [TestCase("- 不是列表")]
    [TestCase("+ 不是列表")]
    [TestCase("1. 不是编号")]
    [TestCase("12) 不是编号")]
    [TestCase("# 不是标题")]
    [TestCase("> 不是引用")]
    [TestCase("---")]
    [TestCase("    不是代码")]
    [TestCase("\t不是代码")]
    [TestCase("第一行\n- 第二行\n3. 第三行\n===")]
    [TestCase("*星* _下_ `码` [链](x) \\ | ~")]
    [TestCase("1.稳工业，2024-12-31")]
    public void Data_text_reads_back_from_the_Markdown_as_it_is(string text)
    {
        var md = MarkdownWriter.Inlines([new Inline(text)]);
        var blocks = Markdig.Markdown.Parse(md);

        Assert.That(blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { "ParagraphBlock" }), md);
        Assert.That(Markdig.Markdown.ToPlainText(md).TrimEnd('\n'), Is.EqualTo(text), md);
    }

    [Test]
    public void Text_that_needs_no_escape_is_written_unchanged()
    {
        Assert.That(MarkdownWriter.Escape("1.稳工业。2024-12-31，增长3.5%（区级）"), Is.EqualTo("1.稳工业。2024-12-31，增长3.5%（区级）"));
    }
}
