using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc check</c>: reads and checks departments, prints every problem, exits 1 when any has errors.</summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<string> paths, CliOptions options, CancellationToken cancellationToken)
    {
        var general = new DiagnosticBag();
        var folders = DepartmentDiscovery.Expand(paths, general);
        var loader = new DepartmentLoader();
        var reports = folders.Select(f => CheckOne(loader, f, cancellationToken)).ToList();
        if (options.Format == OutputFormat.Json)
            JsonReport.Write(options.Output, reports, general.Sorted(), options.Language);
        else
        {
            foreach (var d in general.Sorted())
                options.Console.MarkupLine($"[red]{Spectre.Console.Markup.Escape(DiagnosticFormatter.Headline(d, options.Language))}[/]");
            foreach (var r in reports) TextReport.Write(options.Console, r, options.Language);
        }

        // A folder that does not exist (or holds no department) is a usage error, as data/README.md documents.
        if (general.HasErrors) return ExitCodes.Usage;
        return reports.Any(r => r.Errors > 0) ? ExitCodes.Errors : ExitCodes.Success;
    }

    public static DepartmentReport CheckOne(DepartmentLoader loader, string folder, CancellationToken cancellationToken)
    {
        var load = loader.Load(folder, cancellationToken);
        Checker.Run(load, cancellationToken);
        return new DepartmentReport(folder, load.Diagnostics.Sorted());
    }
}
