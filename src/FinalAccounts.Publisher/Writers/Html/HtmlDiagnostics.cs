using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>The problems the HTML writer reports. It never drops a node silently.</summary>
internal static class HtmlDiagnostics
{
    public static readonly DiagnosticCode BadSpans = new("FA7401", Severity.Warning,
        new("表格合并单元格重叠或越界", "Table cells overlap or span past the table"),
        new("检查该表的行列合并设置；网页中该表已按不合并输出。", "Check the table's row and column spans; the web page shows the table without merges."));

    public static readonly DiagnosticCode NotRendered = new("FA7402", Severity.Warning,
        new("网页无法输出此内容", "Block not rendered in the web page"),
        new("该内容类型网页写出器尚不支持，请报告此问题。", "The HTML writer does not support this kind of block yet; please report it."));

    public static readonly DiagnosticCode FigureFailed = new("FA7403", Severity.Warning,
        new("图表未能绘制，已输出为文字", "Chart could not be drawn and was written as text"),
        new("检查图表数据；网页中保留了图题和数据说明。", "Check the chart's data; the web page keeps the caption and the data in words."));

    public static readonly DiagnosticCode UnsafeLink = new("FA7404", Severity.Warning,
        new("链接地址不安全，已只输出文字", "Unsafe link written as plain text"),
        new("链接只能是页内锚点、相对路径或 http(s)/mailto 地址。", "Links may only be in-page anchors, relative paths or http(s)/mailto addresses."));

    public static readonly DiagnosticCode HeadingLevel = new("FA7405", Severity.Warning,
        new("标题级别超出 1–5", "Heading level outside 1–5"),
        new("已按最接近的级别输出；请检查模板中的标题级别。", "It was written at the nearest level; check the heading level in the template."));
}
