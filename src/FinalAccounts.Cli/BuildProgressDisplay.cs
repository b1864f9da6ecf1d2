using System.Collections.Concurrent;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The live progress display of a batch in a terminal: one bar per department, labelled with its current stage.</summary>
internal static class BuildProgressDisplay
{
    private static readonly string[] Stages = ["check", "compose", "md", "docx", "pdf", "html", "publish", BatchBuilder.Done];

    public static BatchResult RunLive(IAnsiConsole console, BatchBuilder batch, IReadOnlyList<string> folders, bool force, CancellationToken ct)
    {
        BatchResult? result = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new ConcurrentDictionary<string, ProgressTask>(StringComparer.Ordinal);
                foreach (var f in folders) tasks[f] = ctx.AddTask(Markup.Escape(Path.GetFileName(f)), maxValue: Stages.Length);
                var progress = new Progress(tasks);
                result = batch.Run(folders, force, progress, ct);
                foreach (var t in tasks.Values) t.Value = t.MaxValue;
            });
        return result!;
    }

    /// <summary>Synchronous: Spectre's tasks are thread-safe, and the default Progress&lt;T&gt; would post to another thread.</summary>
    private sealed class Progress(ConcurrentDictionary<string, ProgressTask> tasks) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (!tasks.TryGetValue(value.Folder, out var task)) return;
            var step = Array.IndexOf(Stages, value.Stage);
            task.Description = Markup.Escape($"{Path.GetFileName(value.Folder)} {value.Stage}");
            task.Value = Math.Max(task.Value, step + 1);
        }
    }
}
