using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The finacc command line: parses arguments, runs a command, maps the outcome to an exit code.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var lang = new Option<string>("--lang") { Description = "输出语言 zh（默认）或 en / Language of messages: zh (default) or en", DefaultValueFactory = _ => DefaultLanguage() };
        lang.AcceptOnlyFromAmong("zh", "en");
        var format = new Option<string>("--format") { Description = "输出格式 text（默认）或 json / Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var paths = new Argument<string[]>("folders") { Description = "部门文件夹或年度文件夹 / department or year folders", Arity = ArgumentArity.OneOrMore };

        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens.Where(t => t.Value.StartsWith('-')))
                r.AddError($"未知的选项 {t.Value} / Unknown option {t.Value}");
        });
        var check = new Command("check", "核对数据中的全部勾稽关系 / Check every accounting identity of the data") { paths, lang, format };
        check.SetAction(p => CheckCommand.Run(p.GetValue(paths)!, Options(p, lang, format, output), cancellationToken));

        var outDir = new Option<string>("--out") { Description = "输出文件夹 / output folder", DefaultValueFactory = _ => "output" };
        var allFormats = string.Join(",", FinalAccounts.Publisher.Publish.BuildOptions.AllFormats);
        var formats = new Option<string>("--formats")
        {
            Description = "输出格式，逗号分隔 / formats, comma-separated: " + allFormats,
            DefaultValueFactory = _ => allFormats,
        };
        var style = new Option<string>("--style") { Description = "版式（templates/ 下的文件夹名）/ house style", DefaultValueFactory = _ => "default" };
        var templates = new Option<string?>("--templates") { Description = "模板根文件夹 / templates root folder" };
        var fonts = new Option<string?>("--fonts") { Description = "项目字体文件夹 / project fonts folder" };
        var force = new Option<bool>("--force") { Description = "即使输入未变化也重新生成 / rebuild even when nothing changed" };
        var noProgress = new Option<bool>("--no-progress") { Description = "不显示动态进度 / plain progress lines" };
        var lockTimeout = new Option<double>("--lock-timeout")
        {
            Description = "另一次生成占用输出文件夹时最多等待的秒数 / seconds to wait for another run on the same output",
            DefaultValueFactory = _ => FinalAccounts.Publisher.Publish.OutputLock.DefaultTimeout.TotalSeconds,
        };
        lockTimeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 86_400) r.AddError("--lock-timeout 应在 0 到 86400 秒之间 / must be 0–86400 seconds");
        });
        var build = new Command("build", "核对并生成公开文件 / Check and build the disclosure documents")
        {
            paths, lang, format, outDir, formats, style, templates, fonts, force, noProgress, lockTimeout,
        };
        build.SetAction(p => BuildCommand.Run(p.GetValue(paths)!,
            new FinalAccounts.Publisher.Publish.BuildOptions(
                p.GetValue(outDir)!,
                p.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList(),
                p.GetValue(templates), p.GetValue(style)!, p.GetValue(fonts) ?? (Directory.Exists("fonts") ? "fonts" : null),
                LockTimeout: TimeSpan.FromSeconds(p.GetValue(lockTimeout))),
            p.GetValue(force), p.GetValue(noProgress), Options(p, lang, format, output), cancellationToken));

        var count = new Option<int>("--departments") { Description = "部门个数 / number of departments", DefaultValueFactory = _ => 10 };
        var year = new Option<int>("--year") { Description = "年度 / year", DefaultValueFactory = _ => 2024 };
        var sampleOut = new Option<string>("--out") { Description = "输出文件夹 / output folder", Required = true };
        var reference = new Option<string>("--reference")
        {
            Description = "参考科目表文件夹 / code lists folder",
            DefaultValueFactory = _ => Path.Combine("data", FinalAccounts.Publisher.Input.DataTree.ReferenceFolder),
        };
        var seed = new Option<int>("--seed") { Description = "随机种子 / seed", DefaultValueFactory = _ => 1 };
        var sample = new Command("sample", "生成示例部门数据（测试和性能测量用）/ Generate sample departments") { count, year, sampleOut, reference, seed, lang };
        sample.SetAction(p => SampleCommand.Run(
            new FinalAccounts.Publisher.Samples.SampleOptions(p.GetValue(count), p.GetValue(year), p.GetValue(sampleOut)!, p.GetValue(reference)!, p.GetValue(seed)),
            Options(p, lang, format, output)));

        var root = new RootCommand("finacc — 部门决算公开文件生成工具 / final-accounts disclosure compiler") { check, build, sample };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine(e.Message);
            error.WriteLine("命令行参数有误，用 finacc --help 查看用法。 / Invalid arguments; see finacc --help.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("已取消。 / Cancelled.");
            return ExitCodes.Errors;
        }
    }

    private static CliOptions Options(ParseResult p, Option<string> lang, Option<string> format, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (console.Profile.Out.IsTerminal is false) console.Profile.Width = 100_000;
        return new CliOptions(
            p.GetValue(lang) == "en" ? Language.En : Language.Zh,
            p.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text,
            output,
            console);
    }

    private static string DefaultLanguage() =>
        Environment.GetEnvironmentVariable("FINACC_LANG") is "en" ? "en" : "zh";
}
