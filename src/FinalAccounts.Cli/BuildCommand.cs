using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc build</c>: checks every department first, builds those that pass in parallel, shows progress (live in a
/// terminal, one line per department otherwise), prints every problem and a summary table; exit 1 if any failed.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var paths = CliApp.Folders();
        var outDir = new Option<string>("--out") { Description = "输出文件夹 / output folder", DefaultValueFactory = _ => "output" };
        var allFormats = string.Join(",", BuildOptions.AllFormats);
        var formats = new Option<string>("--formats")
        {
            Description = "要生成的文件格式，逗号分隔 / document formats, comma-separated: " + allFormats,
            DefaultValueFactory = _ => allFormats,
        };
        var style = StyleOptions.Style();
        var templates = StyleOptions.Templates();
        var fonts = StyleOptions.Fonts();
        var force = new Option<bool>("--force") { Description = "即使输入未变化也重新生成 / rebuild even when nothing changed" };
        var noProgress = new Option<bool>("--no-progress") { Description = "不显示动态进度 / plain progress lines" };
        var draft = new Option<bool>("--draft")
        {
            Description = "征求意见稿：PDF 和 Word 每页加水印，不列入门户索引 / draft for review: watermarked, not listed as published",
        };
        var approved = new Option<bool>("--publish-approved")
        {
            Description = "只发布经 finacc approve 批准的部门（正式稿）/ publish only approved departments (final edition)",
        };
        var lockTimeout = new Option<double>("--lock-timeout")
        {
            Description = "另一次生成占用输出文件夹时最多等待的秒数 / seconds to wait for another run on the same output",
            DefaultValueFactory = _ => OutputLock.DefaultTimeout.TotalSeconds,
        };
        lockTimeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 86_400)
                r.AddError(CliLanguage.Say("--lock-timeout 应在 0 到 86400 秒之间。", "--lock-timeout must be 0–86400 seconds."));
        });
        var baseUrl = PortalOptions.BaseUrl();
        var build = new Command("build", "核对并生成公开文件 / Check and build the disclosure documents")
        {
            paths, outDir, formats, style, templates, fonts, force, noProgress, lockTimeout, draft, approved, baseUrl,
        };
        foreach (var option in shared.All) build.Add(option);
        build.SetAction(p =>
        {
            var cli = shared.Read(p, output);
            return Run(p.GetValue(paths)!,
                new BuildOptions(p.GetValue(outDir)!, BuildOptions.ParseFormats(p.GetValue(formats)!), p.GetValue(templates),
                    p.GetValue(style)!, p.GetValue(fonts), LockTimeout: TimeSpan.FromSeconds(p.GetValue(lockTimeout)),
                    Draft: p.GetValue(draft) && !p.GetValue(approved), PublishApproved: p.GetValue(approved),
                    BaseUrl: p.GetValue(baseUrl), Language: cli.Language),
                p.GetValue(force), p.GetValue(noProgress), cli, cancellationToken);
        });
        return build;
    }

    public static int Run(IReadOnlyList<string> paths, BuildOptions build, bool force, bool noProgress, CliOptions options, CancellationToken cancellationToken)
    {
        var plan = BuildPlan.Make(paths, build);
        if (!plan.IsValid)
        {
            var nothing = new BatchResult([], [], [], new DiagnosticBag());
            if (options.Format == OutputFormat.Json) JsonReport.WriteBuild(options.Output, nothing, plan.Request.Sorted(), options.Language);
            else TextReport.WriteDiagnostics(options.Console, plan.Request.Sorted(), options.Language, options.Quiet);
            return ExitCodes.ForBuild(plan, nothing);
        }

        var live = options.Format == OutputFormat.Text && !noProgress && options.Console.Profile.Capabilities.Interactive;
        var timeout = build.LockTimeout ?? OutputLock.DefaultTimeout;
        var waiting = (string yearFolder) => WaitingMessage(yearFolder, timeout, options.Language);
        var result = live ? BuildProgressDisplay.RunLive(options.Console, plan, force, options.Language, waiting, cancellationToken)
            : plan.Run(force, options.Format == OutputFormat.Text ? new PlainProgress(options, plan.Folders.Count, waiting) : null, cancellationToken);

        var general = result.Diagnostics.Sorted();
        if (options.Format == OutputFormat.Json)
        {
            JsonReport.WriteBuild(options.Output, result, general, options.Language);
        }
        else
        {
            TextReport.WriteDiagnostics(options.Console, general, options.Language, options.Quiet);
            foreach (var b in result.Builds)
                TextReport.Write(options.Console, new DepartmentReport(b.Folder, b.Diagnostics.Sorted()), options.Language, options.Quiet);
            BuildSummary.Write(options.Console, result, options.Language);
        }

        return ExitCodes.ForBuild(plan, result);
    }

    /// <summary>What a clerk reads while another run holds the output: which folder, and how long this run waits.</summary>
    public static string WaitingMessage(string yearFolder, TimeSpan timeout, Language language)
    {
        var (folder, seconds) = (yearFolder.Replace('\\', '/'), timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        return language == Language.En
            ? $"The output folder {folder} is in use by another finacc run; waiting for it to finish (at most {seconds} s)…"
            : $"输出文件夹 {folder} 正被另一个 finacc 进程使用，等待它结束（最多 {seconds} 秒）……";
    }

    /// <summary>Plain progress for logs and pipes: one line when a department has been built, skipped or failed, or a wait begins.</summary>
    private sealed class PlainProgress(CliOptions options, int total, Func<string, string> waiting) : IProgress<BuildProgress>
    {
        private readonly Lock gate = new();
        private int done;

        public void Report(BuildProgress value)
        {
            if (value.Stage == BatchBuilder.Waiting) options.Console.WriteLine(waiting(value.Folder));
            if (value.Stage != BatchBuilder.Done) return;
            lock (gate)
            {
                done++;
                options.Console.WriteLine($"[{done}/{total}] {value.Folder}");
            }
        }
    }
}
