using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>The FA6xxx codes: problems with fonts and PDF output.</summary>
public static class FontDiagnostics
{
    /// <summary>Packages that bring the free TrueType CJK fonts on Debian/Ubuntu.</summary>
    public const string DebianPackages = "fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei";

    public static DiagnosticCode NoCjkFont { get; } = Code("FA6001", Severity.Error,
        "找不到中文字体", "No Chinese font found",
        "Debian/Ubuntu：以 root 运行 apt-get install " + DebianPackages + "；Windows：应有 仿宋(simfang.ttf)、黑体(simhei.ttf)、宋体(simsun.ttc)、楷体(simkai.ttf)；也可把 TrueType 字体放入项目 fonts/ 文件夹。",
        "Debian/Ubuntu: as root run apt-get install " + DebianPackages + "; Windows: simfang.ttf, simhei.ttf, simsun.ttc and simkai.ttf are expected; or put TrueType fonts in the project's fonts/ folder.");

    public static DiagnosticCode MissingGlyph { get; } = Code("FA6002", Severity.Error,
        "字符在所有字体中都缺字", "A character is in no font",
        "换一种写法，或在样式的字体列表中加入含有该字的 TrueType 字体（放入项目 fonts/ 文件夹）。",
        "Rephrase, or add a TrueType font that has the character to the style's font list (put it in the project's fonts/ folder).");

    public static DiagnosticCode FontSkipped { get; } = Code("FA6003", Severity.Info,
        "字体未用于 PDF", "Font not used for PDF",
        "PDF 只嵌入 TrueType 字体子集；CFF/OpenType 轮廓字体会整体嵌入，故跳过。",
        "PDF output embeds TrueType subsets only; CFF/OpenType-outline fonts would be embedded whole and are skipped.");

    public static DiagnosticCode FallbackUsed { get; } = Code("FA6004", Severity.Info,
        "首选字体缺失，使用后备字体", "Preferred font missing, fallback used",
        "安装首选字体可得到更接近公文规范的版式。", "Install the preferred font for the intended look.");

    public static DiagnosticCode ContentTooLarge { get; } = Code("FA6010", Severity.Warning,
        "内容超出版心", "Content does not fit the text block",
        "缩短文字或减少表格列数；PDF 中该处已被压缩或截断。", "Shorten the text or reduce the columns; the PDF squeezes or clips it.");

    private static DiagnosticCode Code(string id, Severity severity, string titleZh, string titleEn, string hintZh, string hintEn) =>
        new(id, severity, new LocalizedText(titleZh, titleEn), new LocalizedText(hintZh, hintEn));
}
