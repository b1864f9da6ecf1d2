using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>The FA62xx codes: problems while drawing charts (fonts use the FA60xx codes).</summary>
public static class ChartDiagnostics
{
    public static DiagnosticCode DrawFailed { get; } = new("FA6201", Severity.Warning,
        new LocalizedText("图表未能绘制", "Chart could not be drawn"),
        new LocalizedText("检查 SkiaSharp 本机库与字体；文件中以图题和数据说明代替该图。",
            "Check the SkiaSharp native library and the fonts; the files show the caption and the data in words instead."));
}
