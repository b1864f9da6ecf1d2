using System.CommandLine;
using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc audit &lt;document&gt; [--data folder] [--style NAME]</c>: checks a finished disclosure (.docx, .md, .txt) —
/// its tables against the identities, its prose against the facts of its tables (or of the data) — and prints each
/// finding with its place, a quote, what is written, what it should be and the arithmetic. Exits 1 on errors.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var document = new Argument<string>("document") { Description = "要审核的文档（.docx、.md、.txt）/ the document to audit" };
        var data = new Option<string?>("--data") { Description = "按部门数据文件夹核对 / check against the department's data folder" };
        var style = new Option<string>("--style") { Description = "样式（决定百分比的小数位）/ house style (percent decimals)", DefaultValueFactory = _ => "default" };
        var audit = new Command("audit", "审核手工编写的公开文件 / Audit a hand-made disclosure") { document, data, style };
        foreach (var option in shared.All) audit.Add(option);
        audit.SetAction(p => Run(p.GetValue(document)!, p.GetValue(data), p.GetValue(style)!, shared.Read(p, output), cancellationToken));
        return audit;
    }

    public static int Run(string path, string? data, string style, CliOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) || (data is not null && !Directory.Exists(data)))
        {
            var missing = File.Exists(path) ? data! : path;
            options.Console.MarkupLine(Markup.Escape(CliLanguage.Say($"找不到 {missing}。", $"{missing} not found.")));
            return ExitCodes.Usage;
        }

        var templates = new[] { ProjectFolders.Templates, Path.Combine(ProjectFolders.ProgramFolder, ProjectFolders.Templates) }
            .FirstOrDefault(root => ProjectFolders.HasStyle(root, style)) ?? ProjectFolders.Templates;
        var result = DocumentAudit.Run(path, new AuditOptions(ProjectFolders.ReferenceFolder(), templates, style, data), cancellationToken);
        if (options.Format == OutputFormat.Json) AuditReport.WriteJson(options.Output, result, options.Language);
        else AuditReport.WriteText(options.Console, result, options.Language, options.Quiet);
        return result.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }
}
