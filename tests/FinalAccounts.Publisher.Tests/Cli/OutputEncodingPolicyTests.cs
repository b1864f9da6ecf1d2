using System.Text;
using FinalAccounts.Cli;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// Which encoding finacc prints in (issue 15.1): Unicode through the console on a Windows console window, the code page
/// the reading shell decodes with when redirected on Windows, UTF-8 elsewhere, and FINACC_OUTPUT_ENCODING over both.
/// </summary>
public sealed class OutputEncodingPolicyTests
{
    private const string Verdict = "核对完成：0 个错误，沿用上年文字，请核实";
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [TestCase(936, null)]
    [TestCase(437, null)]
    [TestCase(65001, null)]
    [TestCase(936, "utf-8")]
    public void A_Windows_console_window_is_written_through_the_console_whatever_its_code_page(
        int codePage, string? requested)
    {
        var chosen = OutputEncodingPolicy.Choose(windows: true, redirected: false, codePage, requested);

        Assert.That(chosen.ThroughConsole, Is.True);
        Assert.That(chosen.Encoding.CodePage, Is.EqualTo(1200));
    }

    [TestCase(936)]
    [TestCase(54936)]
    [TestCase(950)]
    [TestCase(65001)]
    public void Redirected_output_on_Windows_is_in_the_console_code_page_when_it_holds_Chinese(int codePage)
    {
        var chosen = OutputEncodingPolicy.Choose(windows: true, redirected: true, codePage, requested: null);

        Assert.That(chosen.ThroughConsole, Is.False);
        Assert.That(chosen.Encoding.CodePage, Is.EqualTo(codePage));
    }

    [TestCase(437)]
    [TestCase(850)]
    [TestCase(1252)]
    [TestCase(0)]
    public void Redirected_output_on_Windows_with_a_code_page_without_Chinese_is_UTF8(int codePage)
    {
        var chosen = OutputEncodingPolicy.Choose(windows: true, redirected: true, codePage, requested: null);

        Assert.That(chosen.Encoding.CodePage, Is.EqualTo(65001));
        Assert.That(chosen.ThroughConsole, Is.False);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Linux_and_macOS_output_is_UTF8_redirected_or_not(bool redirected)
    {
        var chosen = OutputEncodingPolicy.Choose(windows: false, redirected, consoleCodePage: 0, requested: null);

        Assert.That(chosen.Encoding.CodePage, Is.EqualTo(65001));
        Assert.That(chosen.ThroughConsole, Is.False);
    }

    [TestCase(true, 936, "utf-8", 65001)]
    [TestCase(true, 936, " UTF8 ", 65001)]
    [TestCase(true, 437, "gbk", 936)]
    [TestCase(true, 65001, "GB18030", 54936)]
    [TestCase(false, 0, "gbk", 936)]
    [TestCase(false, 0, "936", 936)]
    public void FINACC_OUTPUT_ENCODING_decides_redirected_output(
        bool windows, int codePage, string requested, int expected)
    {
        var chosen = OutputEncodingPolicy.Choose(windows, redirected: true, codePage, requested);

        Assert.That(chosen.Encoding.CodePage, Is.EqualTo(expected));
        Assert.That(OutputEncodingPolicy.IsUnknown(requested), Is.False);
    }

    [TestCase("latin-1")]
    [TestCase("utf-16")]
    public void An_unknown_FINACC_OUTPUT_ENCODING_is_reported_and_ignored(string requested)
    {
        Assert.That(OutputEncodingPolicy.IsUnknown(requested), Is.True);
        Assert.That(OutputEncodingPolicy.Choose(true, true, 936, requested).Encoding.CodePage, Is.EqualTo(936));
        Assert.That(OutputEncodingPolicy.Choose(false, true, 0, requested).Encoding.CodePage, Is.EqualTo(65001));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void An_unset_FINACC_OUTPUT_ENCODING_is_not_reported(string? requested) =>
        Assert.That(OutputEncodingPolicy.IsUnknown(requested), Is.False);

    [Test]
    public void What_finacc_writes_for_a_GBK_console_is_what_PowerShell_decodes_with_code_page_936()
    {
        var chosen = OutputEncodingPolicy.Choose(windows: true, redirected: true, 936, requested: null);
        var bytes = chosen.Encoding.GetBytes(Verdict);

        Assert.That(Gbk.GetString(bytes), Is.EqualTo(Verdict));
        // What UTF-8 output (finacc before this policy) became in PowerShell 5.1 on a Chinese Windows:
        Assert.That(Gbk.GetString(Encoding.UTF8.GetBytes(Verdict)), Is.Not.EqualTo(Verdict));
    }

    [TestCase("上年数 = 本年数 − 增减额", "上年数 = 本年数 - 增减额")]
    [TestCase("相差 ⌊(n+1)/2⌋ 分 ✓", "相差 ?(n+1)/2? 分 v")]
    [TestCase("基本支出 1,660.85 ≥ 0（合计）", "基本支出 1,660.85 ≥ 0（合计）")]
    public void A_symbol_GBK_lacks_is_written_as_its_ASCII_stand_in(string text, string printed)
    {
        var gbk = OutputEncodingPolicy.Choose(windows: true, redirected: true, consoleCodePage: 936, requested: null);

        Assert.That(Gbk.GetString(gbk.Encoding.GetBytes(text)), Is.EqualTo(printed));
    }

    [TestCase(true, false, 936)]
    [TestCase(true, true, 936)]
    [TestCase(true, true, 65001)]
    [TestCase(false, true, 0)]
    public void No_choice_writes_a_byte_order_mark(bool windows, bool redirected, int codePage) =>
        Assert.That(OutputEncodingPolicy.Choose(windows, redirected, codePage, null).Encoding.GetPreamble(), Is.Empty);

    [Test]
    public void Only_Unicode_encodings_hold_every_character()
    {
        Assert.That(OutputEncodingPolicy.HoldsEveryCharacter(new UTF8Encoding(false)), Is.True);
        Assert.That(OutputEncodingPolicy.HoldsEveryCharacter(Encoding.Unicode), Is.True);
        Assert.That(OutputEncodingPolicy.HoldsEveryCharacter(Gbk), Is.False);
    }

    [TestCase(936, false)]
    [TestCase(65001, true)]
    public void The_console_writer_knows_whether_standard_output_holds_every_character(int codePage, bool unicode)
    {
        // As Program sets it up on Windows: Console.Out is a GBK writer while Console.OutputEncoding says otherwise,
        // and Spectre would judge by the latter (it showed True for GBK, and chose its Unicode-only symbols).
        var before = Console.Out;
        try
        {
            using var writer = new StreamWriter(Stream.Null, ConsoleStreamEncoding.CodePage(codePage).Encoding);
            Console.SetOut(writer);
            var shared = new SharedOptions();
            var command = new System.CommandLine.RootCommand();
            foreach (var option in shared.All) command.Options.Add(option);
            var options = shared.Read(command.Parse(Array.Empty<string>()), Console.Out);

            Assert.That(options.Console.Profile.Capabilities.Unicode, Is.EqualTo(unicode));
        }
        finally
        {
            Console.SetOut(before);
        }
    }
}
