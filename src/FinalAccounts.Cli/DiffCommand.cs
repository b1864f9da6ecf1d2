using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc diff &lt;department&gt;</c>: what changed in the document's text since the last final build and against
/// last year, sentence by sentence, as text (and as a web page with <c>--html</c>). The work is <see cref="DepartmentDiff"/>.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = new Argument<string>("folder") { Description = "部门文件夹 data/<年度>/<部门标识> / department folder" };
        var outDir = new Option<string>("--out")
        {
            Description = "输出文件夹（上次发布的文字记录在其中）/ output folder", DefaultValueFactory = _ => "output",
        };
        var html = new Option<string?>("--html")
        {
            Description = "另写一份网页版对照到此文件 / also write the comparison as a web page to this file",
        };
        var style = StyleOptions.Style();
        var templates = StyleOptions.Templates();
        var command = new Command("diff",
            "文字改动对照：与上次正式发布、与上年相比，逐句列出改动 / What changed in the text, sentence by sentence")
        {
            folder, outDir, html, style, templates,
        };
        foreach (var option in shared.All) command.Add(option);
        command.SetAction(p => Run(p.GetValue(folder)!, p.GetValue(html),
            new BuildOptions(p.GetValue(outDir)!, [], p.GetValue(templates), p.GetValue(style)!), shared.Read(p, output),
            cancellationToken));
        return command;
    }

    public static int Run(string folder, string? html, BuildOptions build, CliOptions options, CancellationToken cancellationToken)
    {
        var request = new DiagnosticBag();
        var result = DepartmentDiff.Run(folder, build, request, cancellationToken);
        TextReport.WriteDiagnostics(options.Console, request.Sorted(), options.Language, options.Quiet);
        if (result.Load is not { } load) return ExitCodes.Usage;
        if (!result.Compared)
        {
            var errors = load.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
            TextReport.WriteDiagnostics(options.Console, errors, options.Language);
            options.Output.WriteLine(options.Language == Language.En
                ? $"{load.Folder.DisplayPath}: the document cannot be made from these data and templates; " +
                  "fix the errors above, then compare."
                : $"{load.Folder.DisplayPath}：数据或模板有错误，生成不了文件，无从比较；请先改正上面的错误。");
            return ExitCodes.Errors;
        }

        var title = DepartmentDiff.Title(result, options.Language);
        options.Output.Write(DiffTextReport.Write(title, result.Sections, options.Language));
        var written = new DiagnosticBag();
        if (html is not null && !DepartmentDiff.WriteHtml(html, result, options.Language, written))
        {
            TextReport.WriteDiagnostics(options.Console, written.Sorted(), options.Language, options.Quiet);
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
}
