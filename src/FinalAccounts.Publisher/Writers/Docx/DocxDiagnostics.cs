using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// The problems the Word writer reports. Blocks it cannot show and figures written in words are reported with the
/// shared codes (FA63xx).
/// </summary>
internal static class DocxDiagnostics
{
    public static readonly DiagnosticCode BadSpans = new("FA7101", Severity.Warning,
        new("表格合并单元格重叠或越界", "Table cells overlap or span past the table"),
        new("检查该表的行列合并设置；Word 文件中该表已按不合并输出。", "Check the table's row and column spans; the Word file shows the table without merges."));

    public static readonly DiagnosticCode TooWide = new("FA7102", Severity.Warning,
        new("表格横向排版仍放不下", "Table does not fit even on a landscape page"),
        new("减少列数或缩小表格字号；Word 文件中各列已按比例压缩，数字可能换行。", "Use fewer columns or a smaller table font; the Word file squeezes the columns, so numbers may wrap."));

    public static readonly DiagnosticCode HeadingLevel = new("FA7104", Severity.Warning,
        new("标题级别超出 1–5", "Heading level outside 1–5"),
        new("已按最接近的级别输出；请检查模板中的标题级别。", "It was written at the nearest level; check the heading level in the template."));

    public static readonly DiagnosticCode BrokenLink = new("FA7106", Severity.Warning,
        new("链接目标不存在，只保留了链接文字", "Link target missing, only the link's text kept"),
        new("链接只能指向文档中的标题（#标识）或完整的网址；请检查模板中的链接。",
            "Links may point at a heading of the document (#id) or a full URL; check the link in the template."));
}
