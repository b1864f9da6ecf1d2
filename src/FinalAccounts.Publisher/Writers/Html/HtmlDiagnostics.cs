using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// The problems the HTML writer reports. Blocks it cannot show and figures written in words are reported with the
/// shared codes (FA63xx).
/// </summary>
internal static class HtmlDiagnostics
{
    public static readonly DiagnosticCode BadSpans = new("FA7401", Severity.Warning,
        new("表格合并单元格重叠或越界", "Table cells overlap or span past the table"),
        new("检查该表的行列合并设置；网页中该表已按不合并输出。", "Check the table's row and column spans; the web page shows the table without merges."));

    public static readonly DiagnosticCode UnsafeLink = new("FA7404", Severity.Warning,
        new("链接地址不安全，已只输出文字", "Unsafe link written as plain text"),
        new("链接只能是页内锚点、相对路径或 http(s)/mailto 地址。", "Links may only be in-page anchors, relative paths or http(s)/mailto addresses."));

    public static readonly DiagnosticCode HeadingLevel = new("FA7405", Severity.Warning,
        new("标题级别超出 1–5", "Heading level outside 1–5"),
        new("已按最接近的级别输出；请检查模板中的标题级别。", "It was written at the nearest level; check the heading level in the template."));
}
