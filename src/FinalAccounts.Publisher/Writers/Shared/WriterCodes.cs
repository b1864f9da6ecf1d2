using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>The FA63xx codes: what every edition reports the same way when it cannot show something as asked.</summary>
public static class WriterCodes
{
    public static DiagnosticCode BlockNotRendered { get; } = DiagnosticCode.Warning("FA6301",
        "内容未能输出", "Block not rendered",
        "这种内容本工具尚不能输出（工具缺陷），文件中略去了它，其余内容不受影响；请报告给维护人员。",
        "The tool cannot write this kind of content yet (a bug); it was left out. Please report it.");

    public static DiagnosticCode FigureAsText { get; } = DiagnosticCode.Warning("FA6302",
        "图表未能绘制，已以文字输出", "Chart not drawn, written as text",
        "检查图表的数据和字体；文件中保留了图题和数据说明。",
        "Check the chart's data and the fonts; the files keep the caption and the data in words.");
}
