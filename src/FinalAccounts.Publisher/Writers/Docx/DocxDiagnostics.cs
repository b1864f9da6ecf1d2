using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>The problems the Word writer reports. It never drops a node silently.</summary>
internal static class DocxDiagnostics
{
    public static readonly DiagnosticCode BadSpans = new("FA7101", Severity.Warning,
        new("表格合并单元格重叠或越界", "Table cells overlap or span past the table"),
        new("检查该表的行列合并设置；Word 文件中该表已按不合并输出。", "Check the table's row and column spans; the Word file shows the table without merges."));

    public static readonly DiagnosticCode TooWide = new("FA7102", Severity.Warning,
        new("表格横向排版仍放不下", "Table does not fit even on a landscape page"),
        new("减少列数或缩小表格字号；Word 文件中各列已按比例压缩，数字可能换行。", "Use fewer columns or a smaller table font; the Word file squeezes the columns, so numbers may wrap."));

    public static readonly DiagnosticCode NotRendered = new("FA7103", Severity.Warning,
        new("Word 文件无法输出此内容", "Block not rendered in the Word file"),
        new("该内容类型 Word 写出器尚不支持，请报告此问题。", "The Word writer does not support this kind of block yet; please report it."));

    public static readonly DiagnosticCode HeadingLevel = new("FA7104", Severity.Warning,
        new("标题级别超出 1–5", "Heading level outside 1–5"),
        new("已按最接近的级别输出；请检查模板中的标题级别。", "It was written at the nearest level; check the heading level in the template."));

    public static readonly DiagnosticCode FigureFailed = new("FA7105", Severity.Warning,
        new("图表未能绘制，已输出为文字", "Chart could not be drawn and was written as text"),
        new("检查图表数据；Word 文件中保留了图题和数据说明。", "Check the chart's data; the Word file keeps the caption and the data in words."));
}
