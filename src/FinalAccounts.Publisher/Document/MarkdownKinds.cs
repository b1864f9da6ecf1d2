using FinalAccounts.Publisher.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace FinalAccounts.Publisher.Document;

/// <summary>The Markdown the document cannot show, named as a clerk would name it (in messages only).</summary>
internal static class MarkdownKinds
{
    public static readonly LocalizedText TopHeading = new("一级标题（#）：第四部分的标题由模板给出，请从 ## 开始",
        "a level-1 heading (#): the part's title comes from the template, start at ##");
    public static readonly LocalizedText Directive = new("“:::”指令：表格和图表由模板放置",
        "a ':::' directive: templates place tables and figures");
    public static readonly LocalizedText Image = new("图片", "an image");
    public static readonly LocalizedText Link = new("这种链接：链接地址只能以 http://、https:// 或 mailto: 开头",
        "this link: a link must start with http://, https:// or mailto:");

    /// <summary>A character reference that stands for no character (<c>&amp;#0;</c>) or for one no published text may hold.</summary>
    public static LocalizedText Entity(string entity) =>
        new($"字符引用“{Short(entity)}”：它代表看不见的字符、控制字符或不存在的字符",
            $"the character reference '{Short(entity)}': it stands for an invisible, control or missing character");

    /// <summary>Raw HTML, quoting what was written: to show it as text, write \&lt; instead of &lt;.</summary>
    public static LocalizedText Html(string tag) =>
        new($"网页标签（HTML）“{Short(tag)}”：如需显示“<”，请写作“\\<”或全角“＜”", $"the HTML tag '{Short(tag)}' (to show '<', write '\\<')");

    /// <summary>A block kind the document has no place for.</summary>
    public static LocalizedText Of(Markdig.Syntax.Block block) => block switch
    {
        QuoteBlock => new("引用（>）", "a quote (>)"),
        FencedCodeBlock or CodeBlock => new("代码块（``` 或行首缩进四个空格）", "a code block (``` or an indent of four spaces)"),
        HtmlBlock html => Html(html.Lines.ToString().Split('\n')[0].Trim()),
        ThematicBreakBlock => new("分隔线（--- 或 ***）", "a rule (--- or ***)"),
        CustomContainer => Directive,
        Markdig.Syntax.ListBlock => new("嵌套列表", "a nested list"),
        HeadingBlock => new("列表中的标题", "a heading inside a list"),
        _ => new("这种内容", "this content"),
    };

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
