using System.CommandLine;
using System.Text;
using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc audit &lt;document or folder&gt; [--data folder] [--style NAME] [--html PATH]</c>: checks a finished disclosure
/// (.docx, .md, .txt) — its tables against the identities, its prose against the facts of its tables (or of the data) —
/// and prints each finding with its place, a quote, what is written, what it should be and the arithmetic; --html
/// writes the report with the findings marked in the text. A folder audits every document in it in parallel and writes
/// the summary page (and one report per document) to --html, by default audit-report/ here. Exits 1 on errors.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Where a batch writes its reports when --html is not given.</summary>
    private const string DefaultBatchFolder = "audit-report";

    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var document = new Argument<string>("document") { Description = "要审核的文档（.docx、.md、.txt）或文件夹 / the document (or folder) to audit" };
        var data = new Option<string?>("--data") { Description = "按部门数据文件夹核对 / check against the department's data folder" };
        var style = new Option<string>("--style") { Description = "样式（决定百分比的小数位）/ house style (percent decimals)", DefaultValueFactory = _ => "default" };
        var html = new Option<string?>("--html") { Description = "写出标注了问题的 HTML 报告 / write the HTML report with the findings marked" };
        var audit = new Command("audit", "审核手工编写的公开文件 / Audit a hand-made disclosure") { document, data, style, html };
        foreach (var option in shared.All) audit.Add(option);
        audit.SetAction(p => Run(p.GetValue(document)!, p.GetValue(data), p.GetValue(style)!, p.GetValue(html), shared.Read(p, output), cancellationToken));
        return audit;
    }

    /// <summary>Runs an audit; <paramref name="referenceFolder"/> is the code lists' folder when not the project's (tests).</summary>
    public static int Run(string path, string? data, string style, string? html, CliOptions options, CancellationToken cancellationToken,
        string? referenceFolder = null)
    {
        var batch = Directory.Exists(path);
        if ((!batch && !File.Exists(path)) || (data is not null && !Directory.Exists(data)))
        {
            var missing = batch || File.Exists(path) ? data! : path;
            options.Console.MarkupLine(Markup.Escape(CliLanguage.Say($"找不到 {missing}。", $"{missing} not found.")));
            return ExitCodes.Usage;
        }

        var templates = new[] { ProjectFolders.Templates, Path.Combine(ProjectFolders.ProgramFolder, ProjectFolders.Templates) }
            .FirstOrDefault(root => ProjectFolders.HasStyle(root, style)) ?? ProjectFolders.Templates;
        var auditOptions = new AuditOptions(referenceFolder ?? ProjectFolders.ReferenceFolder(), templates, style, data);
        var results = batch ? AuditBatch.Run(path, auditOptions, cancellationToken) : [DocumentAudit.Run(path, auditOptions, cancellationToken)];
        foreach (var result in results)
            if (options.Format == OutputFormat.Json) AuditReport.WriteJson(options.Output, result, options.Language);
            else AuditReport.WriteText(options.Console, result, options.Language, options.Quiet);
        if (batch) WriteBatch(path, html ?? DefaultBatchFolder, results, options);
        else if (html is not null) Write(html, AuditHtmlReport.Write(results[0], options.Language), options);
        return results.Any(r => r.HasErrors) ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static void WriteBatch(string folder, string target, IReadOnlyList<AuditResult> results, CliOptions options)
    {
        Directory.CreateDirectory(target);
        foreach (var r in results) File.WriteAllText(Path.Combine(target, AuditBatch.ReportName(r)), AuditHtmlReport.Write(r, options.Language), Utf8);
        Write(Path.Combine(target, "index.html"), AuditBatch.Summary(folder, results, options.Language), options);
    }

    private static void Write(string file, string html, CliOptions options)
    {
        File.WriteAllText(file, html, Utf8);
        if (options.Format == OutputFormat.Text)
            options.Console.MarkupLine(Markup.Escape(CliLanguage.Say($"审核报告：{file}", $"Audit report: {file}")));
    }

    private static readonly UTF8Encoding Utf8 = new(false);
}
