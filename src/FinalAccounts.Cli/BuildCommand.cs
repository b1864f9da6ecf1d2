using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc build</c>: checks every department, builds the ones without errors, publishes each atomically.</summary>
internal static class BuildCommand
{
    public static int Run(IReadOnlyList<string> paths, BuildOptions build, CliOptions options, CancellationToken cancellationToken)
    {
        var general = new DiagnosticBag();
        var folders = DepartmentDiscovery.Expand(paths, general);
        var unknown = build.Formats.Where(f => !BuildOptions.AllFormats.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            options.Console.MarkupLine($"[red]{Markup.Escape($"未知的输出格式：{string.Join(", ", unknown)}（可用：{string.Join(", ", BuildOptions.AllFormats)}） / Unknown format")}[/]");
            return ExitCodes.Usage;
        }

        var builder = new DisclosureBuilder(build);
        var reports = new List<DepartmentReport>();
        foreach (var folder in folders)
        {
            var result = builder.Build(folder, cancellationToken);
            var report = new DepartmentReport(folder, result.Diagnostics.Sorted());
            reports.Add(report);
            if (options.Format == OutputFormat.Text)
            {
                TextReport.Write(options.Console, report, options.Language);
                if (result.OutputFolder is { } output)
                    options.Console.MarkupLine(Markup.Escape(options.Language == Language.En
                        ? $"Written to {Path.GetRelativePath(Environment.CurrentDirectory, output)}: {string.Join(", ", result.Files.Select(f => f.Name))}"
                        : $"已生成 {Path.GetRelativePath(Environment.CurrentDirectory, output)}：{string.Join("、", result.Files.Select(f => f.Name))}"));
            }
        }

        if (options.Format == OutputFormat.Json) JsonReport.Write(options.Output, reports, general.Sorted(), options.Language);
        else foreach (var d in general.Sorted()) options.Console.MarkupLine($"[red]{Markup.Escape(DiagnosticFormatter.Headline(d, options.Language))}[/]");
        return general.HasErrors || reports.Any(r => r.Errors > 0) ? ExitCodes.Errors : ExitCodes.Success;
    }
}
