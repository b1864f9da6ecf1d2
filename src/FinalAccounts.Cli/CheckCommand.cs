using System.CommandLine;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc check</c>: checks departments and their templates, prints every problem, exits 1 when any has errors.</summary>
internal static class CheckCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var paths = CliApp.Folders();
        var style = StyleOptions.Style();
        var templates = StyleOptions.Templates();
        var fonts = StyleOptions.Fonts();
        var check = new Command("check", "核对数据中的全部勾稽关系和模板 / Check every accounting identity of the data, and the templates")
        {
            paths, style, templates, fonts,
        };
        foreach (var option in shared.All) check.Add(option);
        check.SetAction(p => Run(p.GetValue(paths)!, p.GetValue(templates), p.GetValue(style)!,
            p.GetResult(style) is { Implicit: false } || p.GetValue(templates) is not null, p.GetValue(fonts),
            shared.Read(p, output), cancellationToken));
        return check;
    }

    public static int Run(IReadOnlyList<string> paths, string? templatesRoot, string style, bool styleRequired,
        string? fontsFolder, CliOptions options, CancellationToken cancellationToken)
    {
        var report = TemplateCheck.Run(paths, templatesRoot, style, styleRequired, fontsFolder, cancellationToken);
        var departments = report.Departments.Select(d => new DepartmentReport(d.Folder.DisplayPath, d.Diagnostics.Sorted())).ToList();
        var templateReport = new DepartmentReport(style, report.Templates.Sorted());
        if (options.Format == OutputFormat.Json)
            JsonReport.Write(options.Output, departments, report.Request.Sorted(), options.Language, templateReport);
        else
        {
            foreach (var d in report.Request.Sorted())
                options.Console.MarkupLine($"[red]{Markup.Escape(FinalAccounts.Publisher.Diagnostics.DiagnosticFormatter.Headline(d, options.Language))}[/]");
            if (!report.Request.HasErrors) TextReport.WriteTemplates(options.Console, templateReport, options.Language, options.Quiet);
            foreach (var r in departments) TextReport.Write(options.Console, r, options.Language, options.Quiet);
        }

        return ExitCodes.ForCheck(report);
    }
}
