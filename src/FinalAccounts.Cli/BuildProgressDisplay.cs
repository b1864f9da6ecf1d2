using System.Collections.Concurrent;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Writers;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The live progress display of a batch in a terminal: one bar per department, labelled with its current stage.</summary>
internal static class BuildProgressDisplay
{
    /// <summary>The stages in order (each registered format between layout and publishing) and what a clerk reads.</summary>
    private static readonly (string Stage, LocalizedText Label)[] Stages =
    [
        ("check", new("检查数据", "checking")),
        ("compose", new("组稿", "composing")),
        ("layout", new("排版", "laying out")),
        .. WriterRegistry.Default.Formats.Select(f => (f.Name, f.Writing)),
        ("publish", new("发布", "publishing")),
        (BatchBuilder.Done, new("完成", "done")),
    ];

    public static string Label(string stage, Language language) =>
        Stages.FirstOrDefault(s => s.Stage == stage) is { Stage: not null } found ? found.Label.For(language) : stage;

    public static BatchResult RunLive(IAnsiConsole console, BuildPlan plan, bool force, Language language,
        Func<string, string> waiting, CancellationToken ct)
    {
        BatchResult? result = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new ConcurrentDictionary<string, ProgressTask>(StringComparer.Ordinal);
                foreach (var f in plan.Folders) tasks[f] = ctx.AddTask(Markup.Escape(Path.GetFileName(f)), maxValue: Stages.Length);
                var progress = new Progress(tasks, language, folder => console.MarkupLine($"[yellow]{Markup.Escape(waiting(folder))}[/]"));
                result = plan.Run(force, progress, ct);
                foreach (var t in tasks.Values) t.Value = t.MaxValue;
            });
        return result!;
    }

    /// <summary>Synchronous: Spectre's tasks are thread-safe, and the default Progress&lt;T&gt; would post to another thread.</summary>
    private sealed class Progress(ConcurrentDictionary<string, ProgressTask> tasks, Language language, Action<string> waiting)
        : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (value.Stage == BatchBuilder.Waiting) waiting(value.Folder);
            if (!tasks.TryGetValue(value.Folder, out var task)) return;
            var step = Array.FindIndex(Stages, s => s.Stage == value.Stage);
            task.Description = Markup.Escape($"{Path.GetFileName(value.Folder)} {Label(value.Stage, language)}");
            task.Value = Math.Max(task.Value, step + 1);
        }
    }
}
