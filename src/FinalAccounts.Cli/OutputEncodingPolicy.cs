using System.Text;

namespace FinalAccounts.Cli;

/// <summary>
/// Which encoding finacc prints in (issue 15.1), decided once for standard output and once for standard error.
/// A Windows console window gets UTF-16 through WriteConsoleW, so Chinese shows whatever its code page, and the code
/// page the user's cmd.exe or PowerShell window had stays unchanged after finacc exits. Output redirected on Windows
/// (<c>&gt; 报告.txt</c>, <c>| Out-File</c>, <c>$r = .\finacc.exe …</c>) is read back by the shell in the console's
/// code page ([Console]::OutputEncoding in PowerShell 5.1 and 7), so finacc writes in that code page when it can hold
/// Chinese, else UTF-8. FINACC_OUTPUT_ENCODING (utf-8, gbk, gb18030, big5 or a code page number) overrides that for
/// tools that expect another encoding. Linux and macOS get UTF-8 unless overridden.
/// </summary>
internal static class OutputEncodingPolicy
{
    /// <summary>The environment variable that names the encoding of redirected output.</summary>
    public const string Variable = "FINACC_OUTPUT_ENCODING";

    /// <summary>Console code pages that hold Chinese text: GBK, GB18030, Big5 (traditional only) and UTF-8.</summary>
    private static readonly int[] ChineseCodePages = [936, 54936, 950, 65001];

    private static readonly Dictionary<string, int> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = 65001, ["utf8"] = 65001, ["65001"] = 65001,
        ["gbk"] = 936, ["cp936"] = 936, ["936"] = 936, ["gb2312"] = 936,
        ["gb18030"] = 54936, ["54936"] = 54936,
        ["big5"] = 950, ["cp950"] = 950, ["950"] = 950,
    };

    /// <summary>
    /// The encoding of one stream. <paramref name="consoleCodePage"/> is the console's output code page (0 when the
    /// process has no console); <paramref name="requested"/> is FINACC_OUTPUT_ENCODING (null or blank when unset).
    /// </summary>
    public static ConsoleStreamEncoding Choose(bool windows, bool redirected, int consoleCodePage, string? requested)
    {
        if (windows && !redirected) return ConsoleStreamEncoding.Console;
        if (CodePageNamed(requested) is { } named) return ConsoleStreamEncoding.CodePage(named);
        return windows && ChineseCodePages.Contains(consoleCodePage)
            ? ConsoleStreamEncoding.CodePage(consoleCodePage)
            : ConsoleStreamEncoding.Utf8;
    }

    /// <summary>Whether FINACC_OUTPUT_ENCODING is set to something finacc does not know (and so ignores).</summary>
    public static bool IsUnknown(string? requested) =>
        !string.IsNullOrWhiteSpace(requested) && CodePageNamed(requested) is null;

    /// <summary>Whether text in <paramref name="encoding"/> can hold any character (UTF-8, UTF-16 or UTF-32).</summary>
    public static bool HoldsEveryCharacter(Encoding encoding) =>
        encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static int? CodePageNamed(string? requested) =>
        requested is not null && Names.TryGetValue(requested.Trim(), out var codePage) ? codePage : null;
}
