using System.CommandLine;
using FinalAccounts.Publisher.Checks;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc check</c>: reads and checks departments, prints every problem, exits 1 when any has errors.</summary>
internal static class CheckCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var paths = CliApp.Folders();
        var check = new Command("check", "核对数据中的全部勾稽关系 / Check every accounting identity of the data") { paths };
        foreach (var option in shared.All) check.Add(option);
        check.SetAction(p => Run(p.GetValue(paths)!, shared.Read(p, output), cancellationToken));
        return check;
    }

    public static int Run(IReadOnlyList<string> paths, CliOptions options, CancellationToken cancellationToken)
    {
        var report = DataCheck.Run(paths, cancellationToken);
        var departments = report.Departments.Select(d => new DepartmentReport(d.Folder.DisplayPath, d.Diagnostics.Sorted())).ToList();
        if (options.Format == OutputFormat.Json)
            JsonReport.Write(options.Output, departments, report.Request.Sorted(), options.Language);
        else
        {
            foreach (var d in report.Request.Sorted())
                options.Console.MarkupLine($"[red]{Markup.Escape(FinalAccounts.Publisher.Diagnostics.DiagnosticFormatter.Headline(d, options.Language))}[/]");
            foreach (var r in departments) TextReport.Write(options.Console, r, options.Language, options.Quiet);
        }

        return ExitCodes.ForCheck(report);
    }
}
