using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// The options every command takes: <c>--lang</c>, <c>--report</c> (how messages are printed: text or json; its old
/// name <c>--format</c> still works, hidden, so it is not mistaken for build's <c>--formats</c>) and <c>-q/--quiet</c>.
/// </summary>
internal sealed class SharedOptions
{
    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "输出语言 zh（默认）或 en，也可用环境变量 FINACC_LANG / language of messages: zh (default) or en",
        DefaultValueFactory = _ => LanguageWord(CliLanguage.FromEnvironment()),
    };

    public Option<string> Report { get; } = new("--report")
    {
        Description = "诊断信息的输出方式 text（默认）或 json / how messages are printed: text (default) or json",
        DefaultValueFactory = _ => "text",
    };

    /// <summary>The old name of <see cref="Report"/>, kept for scripts that use it.</summary>
    public Option<string> Format { get; } = new("--format") { Hidden = true };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "不显示提示（info，如允许范围内的尾差），只显示错误、警告和结论 / hide info lines, show errors, warnings and the verdict",
    };

    public SharedOptions()
    {
        Lang.AcceptOnlyFromAmong("zh", "en");
        Report.AcceptOnlyFromAmong("text", "json");
        Format.AcceptOnlyFromAmong("text", "json");
    }

    public IEnumerable<Option> All => [Lang, Report, Format, Quiet];

    /// <summary>The options of a parsed command line, printing to <paramref name="output"/>.</summary>
    public CliOptions Read(ParseResult p, TextWriter output)
    {
        var report = p.GetResult(Report) is null or { Implicit: true } && p.GetResult(Format) is { Implicit: false }
            ? p.GetValue(Format) : p.GetValue(Report);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (console.Profile.Out.IsTerminal is false) console.Profile.Width = 100_000;

        // Box-drawing and other non-Chinese symbols only when the stream can encode them (not GBK output redirected on
        // Windows); Spectre would judge by Console.OutputEncoding, which describes neither redirected stream there.
        console.Profile.Capabilities.Unicode = OutputEncodingPolicy.HoldsEveryCharacter(output.Encoding);
        return new CliOptions(
            p.GetValue(Lang) == "en" ? Language.En : Language.Zh,
            report == "json" ? OutputFormat.Json : OutputFormat.Text,
            output,
            console,
            p.GetValue(Quiet));
    }

    private static string LanguageWord(Language language) => language == Language.En ? "en" : "zh";
}
