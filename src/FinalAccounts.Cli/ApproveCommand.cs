using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc approve &lt;department&gt; --by NAME</c>: records the approval of a built department in its manifest.</summary>
internal static class ApproveCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = new Argument<string>("folder") { Description = "部门文件夹 data/<年度>/<部门标识> / department folder" };
        var by = new Option<string>("--by") { Description = "批准人姓名 / approver's name", Required = true };
        var outDir = new Option<string>("--out") { Description = "输出文件夹 / output folder", DefaultValueFactory = _ => "output" };
        // The year's index is rewritten as the build wrote it: approve takes the build's --templates, --style and
        // --base-url.
        var style = StyleOptions.Style();
        var templates = StyleOptions.Templates();
        var baseUrl = PortalOptions.BaseUrl();
        var command = new Command("approve", "审核通过：在 manifest.json 中记录批准人和时间 / Approve a built department")
        {
            folder, by, outDir, style, templates, baseUrl,
        };
        foreach (var option in shared.All) command.Add(option);
        command.SetAction(p => Run(p.GetValue(folder)!, p.GetValue(by)!,
            new BuildOptions(p.GetValue(outDir)!, [], p.GetValue(templates), p.GetValue(style)!,
                BaseUrl: p.GetValue(baseUrl)),
            shared.Read(p, output), cancellationToken));
        return command;
    }

    public static int Run(string folder, string by, BuildOptions build, CliOptions options,
        CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag();
        var approved = Approvals.Approve(folder, build, by, DateTimeOffset.UtcNow, bag, cancellationToken);
        TextReport.WriteDiagnostics(options.Console, bag.Sorted(), options.Language, options.Quiet);
        if (approved?.Approval is not { } a)
            return bag.Items.Any(d => d.Code.Id == Publisher.Input.InputCodes.BadFolder.Id || d.Code.Id == PublishCodes.BadApprover.Id)
                ? ExitCodes.Usage : ExitCodes.Errors;
        options.Console.MarkupLine(Markup.Escape(options.Language == Language.En
            ? $"{folder}: approved by {a.By} at {a.At}. Publish with: finacc build {folder} --publish-approved"
            : $"{folder}：已由 {a.By} 于 {a.At}（UTC）批准。发布正式稿：finacc build {folder} --publish-approved"));
        return ExitCodes.Success;
    }
}
