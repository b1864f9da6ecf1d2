using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using Markdig.Syntax.Inlines;
using Inline = FinalAccounts.Publisher.Document.Inline;

namespace FinalAccounts.Publisher.Tests.Documents;

/// <summary>
/// The Markdown reader: every inline kind Markdig makes has a rule (no .NET type name reaches the document), entities
/// are the characters they stand for, and what a source may not use is reported where it is, as its rules say.
/// </summary>
public sealed class MarkdownReaderTests
{
    private const string Template = "parts/x.sbn";
    private const string Data = "data/2024/x/key-work.md";

    [TestCase("R&amp;D", "R&D")]
    [TestCase("&lt;script&gt; &quot;a&quot; &#20013;&#x6587; &copy;", "<script> \"a\" 中文 ©")]
    [TestCase("**R&amp;D**", "R&D")]
    [TestCase("`code &amp;`", "code &amp;")]
    [TestCase("[链接](https://example.gov.cn) 与 <https://example.gov.cn/a>", "链接 与 https://example.gov.cn/a")]
    [TestCase("a\\*b\\_c\\<d\\&amp;", "a*b_c<d&amp;")]
    [TestCase("比例 ::重要:: 完成", "比例 ::重要:: 完成")]
    [TestCase("未配对的 *星号 和 [方括号", "未配对的 *星号 和 [方括号")]
    [TestCase("硬换行  \n下一行", "硬换行\n下一行")]
    public void Every_inline_kind_reads_as_the_text_it_shows(string markdown, string text)
    {
        foreach (var data in new[] { false, true })
        {
            var (blocks, bag) = Read(markdown, data);
            var paragraph = blocks.OfType<Paragraph>().Single();
            Assert.That(paragraph.PlainText, Is.EqualTo(text), data ? "data text" : "template");
            Assert.That(paragraph.PlainText, Does.Not.Contain("Markdig"));
            Assert.That(bag.Items, Is.Empty, Describe(bag));
        }
    }

    [Test]
    public void Emphasis_and_links_keep_their_style_and_target()
    {
        var (blocks, _) = Read("前 **加粗** *倾斜* [链接](https://example.gov.cn)", data: true);
        var runs = blocks.OfType<Paragraph>().Single().Content;
        Assert.That(runs.Single(r => r.Text == "加粗").Style, Is.EqualTo(InlineStyle.Bold));
        Assert.That(runs.Single(r => r.Text == "倾斜").Style, Is.EqualTo(InlineStyle.Italic));
        Assert.That(runs.Single(r => r.Text == "链接").Link, Is.EqualTo("https://example.gov.cn"));
    }

    [Test]
    public void Raw_HTML_in_a_template_is_left_out_with_a_warning_at_its_column()
    {
        var (blocks, bag) = Read("第一行\n\n甲<span>乙</span>丙", data: false);
        Assert.That(blocks.OfType<Paragraph>().Last().PlainText, Is.EqualTo("甲乙丙"));
        var warnings = bag.Items.Where(d => d.Code.Id == "FA6101").ToList();
        Assert.That(warnings.Select(d => (d.Location.Line, d.Location.Column)), Is.EqualTo(new[] { (3, 2), (3, 9) }));
        Assert.That(warnings.Select(d => d.Severity), Has.All.EqualTo(Severity.Warning));
    }

    [TestCase("甲<br>乙", 1, 2, "<br>")]
    [TestCase("## 一、标题\n\n<div>段落</div>", 3, 1, "<div>")]
    [TestCase("段落\n\n> 引用", 3, 1, "引用")]
    [TestCase("段落\n\n    代码", 3, 1, "代码块")]
    [TestCase("段落\n\n```\n代码\n```", 3, 1, "代码块")]
    [TestCase("段落\n\n---", 3, 1, "分隔线")]
    [TestCase("# 第一部分", 1, 1, "一级标题")]
    [TestCase("- 甲\n  - 乙", 2, 3, "嵌套列表")]
    [TestCase("见 ![图](a.png)", 1, 3, "图片")]
    [TestCase("见 [这里](javascript:alert(1))", 1, 3, "链接")]
    [TestCase("段落\n\n::: table 01\n:::", 3, 1, ":::")]
    public void What_a_data_text_may_not_use_is_an_error_where_it_is(string markdown, int line, int column, string named)
    {
        var (_, bag) = Read(markdown, data: true);
        var d = bag.Items.Single();
        Assert.That((d.Code.Id, d.Severity), Is.EqualTo(("FA6104", Severity.Error)));
        Assert.That((d.Location.File, d.Location.Line, d.Location.Column), Is.EqualTo((Data, line, column)));
        Assert.That(d.Message.Zh, Does.Contain(named));
    }

    [Test]
    public void An_inline_kind_without_a_rule_is_a_located_error_not_its_type_name_in_the_document()
    {
        var bag = new DiagnosticBag();
        var container = new ContainerInline();
        container.AppendChild(new LiteralInline("前"));
        container.AppendChild(new StrangeInline { Line = 4, Column = 6 });
        container.AppendChild(new LiteralInline("后"));

        var runs = new MarkdownInlines(Data, MarkdownRules.DataText, bag).Read(container);

        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("前后"));
        var d = bag.Items.Single();
        Assert.That((d.Code.Id, d.Severity), Is.EqualTo(("FA6105", Severity.Error)));
        Assert.That((d.Location.File, d.Location.Line, d.Location.Column), Is.EqualTo((Data, 5, 7)));
    }

    [TestCase("自动\n\n1. 甲\n2. 乙\n\n- 丙\n- 丁")]
    [TestCase("## 一、综述\n\n### （一）完成任务\n\n1.稳工业。坚持区街联动。")]
    public void Headings_paragraphs_and_lists_are_what_a_data_text_is_made_of(string markdown)
    {
        var (blocks, bag) = Read(markdown, data: true);
        Assert.That(bag.Items, Is.Empty, Describe(bag));
        Assert.That(blocks, Is.Not.Empty);
        Assert.That(blocks.Select(b => b.Location.File), Has.All.EqualTo(Data));
    }

    private static (IReadOnlyList<Block> Blocks, DiagnosticBag Bag) Read(string markdown, bool data)
    {
        var bag = new DiagnosticBag();
        var reader = new MarkdownReader(_ => [], bag);
        return (data ? reader.ReadText(markdown, Data) : reader.Read(markdown, Template), bag);
    }

    private static string Describe(DiagnosticBag bag) =>
        string.Join("\n", bag.Items.Select(d => $"{d.Location}: {d.Code.Id} {d.Message.Zh}"));

    /// <summary>An inline kind no rule knows, as a future Markdig might make.</summary>
    private sealed class StrangeInline : LeafInline;
}
