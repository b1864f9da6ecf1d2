using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc build</c>: checks every department first, builds those that pass in parallel, shows progress (live in a
/// terminal, one line per department otherwise), prints every problem and a summary table; exit 1 if any failed.
/// </summary>
internal static class BuildCommand
{
    public static int Run(IReadOnlyList<string> paths, BuildOptions build, bool force, bool noProgress, CliOptions options, CancellationToken cancellationToken)
    {
        var general = new DiagnosticBag();
        var folders = DepartmentDiscovery.Expand(paths, general);
        var unknown = build.Formats.Where(f => !BuildOptions.AllFormats.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            var message = options.Language == Language.En
                ? $"Unknown output format: {string.Join(", ", unknown)} (available: {string.Join(", ", BuildOptions.AllFormats)})."
                : $"未知的输出格式：{string.Join(", ", unknown)}（可用：{string.Join(", ", BuildOptions.AllFormats)}）。";
            options.Console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
            return ExitCodes.Usage;
        }

        if (!OutputLocation.Check(build.OutputRoot, folders, general))
        {
            if (options.Format == OutputFormat.Json)
            {
                var nothing = new BatchResult([], [], [], new DiagnosticBag());
                JsonReport.WriteBuild(options.Output, nothing, general.Sorted(), options.Language);
            }
            else
            {
                TextReport.WriteDiagnostics(options.Console, general.Sorted(), options.Language);
            }

            return ExitCodes.ForErrors(general);
        }

        var batch = new BatchBuilder(new DisclosureBuilder(build));
        var live = options.Format == OutputFormat.Text && !noProgress && options.Console.Profile.Capabilities.Interactive;
        var waiting = (string yearFolder) => WaitingMessage(yearFolder, build.LockTimeout ?? OutputLock.DefaultTimeout, options.Language);
        var result = live ? BuildProgressDisplay.RunLive(options.Console, batch, folders, force, options.Language, waiting, cancellationToken)
            : batch.Run(folders, force, options.Format == OutputFormat.Text ? new PlainProgress(options, folders.Count, waiting) : null, cancellationToken);
        general.AddRange(result.Diagnostics.Items);

        if (options.Format == OutputFormat.Json)
        {
            JsonReport.WriteBuild(options.Output, result, general.Sorted(), options.Language);
        }
        else
        {
            foreach (var d in general.Sorted()) options.Console.MarkupLine($"[red]{Markup.Escape(DiagnosticFormatter.Headline(d, options.Language))}[/]");
            foreach (var b in result.Builds) TextReport.Write(options.Console, new DepartmentReport(b.Folder, b.Diagnostics.Sorted()), options.Language);
            BuildSummary.Write(options.Console, result, options.Language);
        }

        return general.HasErrors || !result.Succeeded || folders.Count == 0 ? ExitCodes.Errors : ExitCodes.Success;
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
