using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Cli;

/// <summary>The finacc command line: parses arguments, runs a command, maps the outcome to an exit code.</summary>
public static class CliApp
{
    public static int Run(
        string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        Run(args, output, error, OperatingSystem.IsWindows(), cancellationToken);

    /// <summary>The command line as on Windows (<paramref name="windows"/>) or elsewhere: for tests of either.</summary>
    internal static int Run(
        string[] args, TextWriter output, TextWriter error, bool windows, CancellationToken cancellationToken)
    {
        var language = CliLanguage.Of(args);
        if (args.FirstOrDefault(a => WindowsArguments.RunTogether(a, windows)) is { } runTogether)
        {
            var (zh, en) = WindowsArguments.Explain(runTogether);
            error.WriteLine(language == Language.En ? en : zh);
            return ExitCodes.Usage;
        }

        args = args.Select(a => WindowsArguments.Repair(a, windows)).ToArray();
        using var culture = CliLanguage.UseFor(language);
        var shared = new SharedOptions();
        var root = new RootCommand("finacc — 部门决算公开文件生成工具 / final-accounts disclosure compiler")
        {
            CheckCommand.Create(shared, output, cancellationToken),
            BuildCommand.Create(shared, output, cancellationToken),
            SampleCommand.Create(shared, output),
            ImportCommand.Create(shared, output, cancellationToken),
            BundleCommand.Create(shared, output, cancellationToken),
            NewCommand.Create(shared, output),
            AuditCommand.Create(shared, output, cancellationToken),
            FactsCommand.Create(shared, output, cancellationToken),
            NewYearCommand.Create(shared, output, cancellationToken),
            ApproveCommand.Create(shared, output, cancellationToken),
            DiffCommand.Create(shared, output, cancellationToken),
            FillCommand.Create(shared, output, cancellationToken),
            PreviewCommand.Create(shared, output, cancellationToken),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine(e.Message);
            error.WriteLine(language == Language.En ? "Invalid arguments; see finacc --help." : "命令行参数有误，用 finacc --help 查看用法。");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(language == Language.En ? "Cancelled." : "已取消。");
            return ExitCodes.Errors;
        }
    }

    /// <summary>A folders argument that names an option it does not know as such, in the run's language.</summary>
    internal static Argument<string[]> Folders()
    {
        var paths = new Argument<string[]>("folders") { Description = "部门文件夹或年度文件夹 / department or year folders", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens.Where(t => t.Value.StartsWith('-')))
                r.AddError(CliLanguage.Say($"未知的选项 {t.Value}", $"Unknown option {t.Value}"));
        });
        return paths;
    }
}
