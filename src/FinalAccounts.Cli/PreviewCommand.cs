using System.CommandLine;
using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc preview &lt;department&gt;</c>: builds the department's web page into a preview folder (never output/),
/// serves it on this computer, and builds again and reloads the browser after every save of a template, style or
/// data file; errors are shown in the page and here. Runs until Ctrl+C.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = new Argument<string>("department") { Description = "部门文件夹 / department folder" };
        var dir = new Option<string>("--dir") { Description = "预览文件夹（不是 output/）/ preview folder (not output/)", DefaultValueFactory = _ => "preview" };
        var port = new Option<int>("--port") { Description = "本机端口（0 为任选）/ local port (0: any free one)", DefaultValueFactory = _ => 8040 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65_535) r.AddError(CliLanguage.Say("--port 应在 0 到 65535 之间。", "--port must be 0–65535."));
        });
        var style = StyleOptions.Style();
        var templates = StyleOptions.Templates();
        var fonts = StyleOptions.Fonts();
        var preview = new Command("preview", "在浏览器中预览网页版，保存模板、版式或数据后自动刷新 / Live preview of the web page, rebuilt on every save")
        {
            folder, dir, port, style, templates, fonts,
        };
        foreach (var option in shared.All) preview.Add(option);
        preview.SetAction(p => Run(p.GetValue(folder)!,
            new BuildOptions(p.GetValue(dir)!, ["html"], p.GetValue(templates), p.GetValue(style)!, p.GetValue(fonts)),
            p.GetValue(port), shared.Read(p, output), cancellationToken));
        return preview;
    }

    public static int Run(string folder, BuildOptions build, int port, CliOptions options, CancellationToken cancellationToken)
    {
        var plan = BuildPlan.Make([folder], build);
        if (plan.IsValid && plan.Folders.Count != 1)
            plan.Request.Report(PublishCodes.PreviewOneDepartment, SourceLocation.OfFile(folder.Replace('\\', '/')),
                $"预览一次只能看一个部门，{folder} 中有 {plan.Folders.Count} 个；请指明其中一个部门文件夹。",
                $"A preview shows one department; {folder} holds {plan.Folders.Count}. Name one department folder.");
        if (plan.IsValid) PreviewSession.CheckFolder(build.OutputRoot, plan.Request);
        if (!plan.IsValid)
        {
            TextReport.WriteDiagnostics(options.Console, plan.Request.Sorted(), options.Language);
            return ExitCodes.Usage;
        }

        using var session = new PreviewSession(plan.Folders[0], plan.Options);
        session.Built += b => Report(options, b);
        session.Rebuild(cancellationToken);
        using var server = PreviewServer.Start(session, options.Language, port);
        if (server is null)
        {
            options.Console.MarkupLine($"[red]{Markup.Escape(Say(options, $"无法使用端口 {port}，请用 --port 换一个（0 为任选）。",
                $"Port {port} cannot be used; choose another with --port (0: any free one)."))}[/]");
            return ExitCodes.Usage;
        }

        session.Watch();
        options.Console.MarkupLine(Markup.Escape(Say(options,
            $"预览：{server.Address}（在浏览器中打开；保存模板、版式或数据后自动刷新；按 Ctrl+C 结束）",
            $"Preview: {server.Address} (open it in a browser; it reloads after every save; Ctrl+C ends)")));
        try
        {
            server.Serve(cancellationToken).Wait(CancellationToken.None);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
        }

        return ExitCodes.Success;
    }

    private static void Report(CliOptions options, PreviewBuild build)
    {
        var ms = build.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (build.Failed)
        {
            TextReport.WriteDiagnostics(options.Console, build.Diagnostics.Where(d => d.Severity != Severity.Info).ToList(), options.Language);
            options.Console.MarkupLine($"[red]{Markup.Escape(Say(options, $"第 {build.Version} 次生成失败（{ms} 毫秒），页面显示上面的错误。",
                $"Build {build.Version} failed ({ms} ms); the page shows the errors above."))}[/]");
        }
        else
            options.Console.MarkupLine($"[green]{Markup.Escape(Say(options, $"第 {build.Version} 次生成完成（{ms} 毫秒）。", $"Build {build.Version} done ({ms} ms)."))}[/]");
    }

    private static string Say(CliOptions options, string zh, string en) => options.Language == Language.En ? en : zh;
}
