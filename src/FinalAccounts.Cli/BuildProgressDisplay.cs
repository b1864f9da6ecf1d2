using System.Collections.Concurrent;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The live progress display of a batch in a terminal: one bar per department, labelled with its current stage.</summary>
internal static class BuildProgressDisplay
{
    private static readonly string[] Stages = ["check", "compose", "layout", "md", "docx", "pdf", "html", "publish", BatchBuilder.Done];

    /// <summary>What a finance clerk reads for each stage.</summary>
    private static readonly Dictionary<string, LocalizedText> Labels = new(StringComparer.Ordinal)
    {
        ["check"] = new("检查数据", "checking"),
        ["compose"] = new("组稿", "composing"),
        ["layout"] = new("排版", "laying out"),
        ["md"] = new("写 Markdown", "writing Markdown"),
        ["docx"] = new("写 Word", "writing Word"),
        ["pdf"] = new("写 PDF", "writing PDF"),
        ["html"] = new("写网页", "writing HTML"),
        ["publish"] = new("发布", "publishing"),
        [BatchBuilder.Done] = new("完成", "done"),
    };

    public static string Label(string stage, Language language) => Labels.TryGetValue(stage, out var label) ? label.For(language) : stage;

    public static BatchResult RunLive(IAnsiConsole console, BatchBuilder batch, IReadOnlyList<string> folders, bool force, Language language, CancellationToken ct)
    {
        BatchResult? result = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new ConcurrentDictionary<string, ProgressTask>(StringComparer.Ordinal);
                foreach (var f in folders) tasks[f] = ctx.AddTask(Markup.Escape(Path.GetFileName(f)), maxValue: Stages.Length);
                var progress = new Progress(tasks, language);
                result = batch.Run(folders, force, progress, ct);
                foreach (var t in tasks.Values) t.Value = t.MaxValue;
            });
        return result!;
    }

    /// <summary>Synchronous: Spectre's tasks are thread-safe, and the default Progress&lt;T&gt; would post to another thread.</summary>
    private sealed class Progress(ConcurrentDictionary<string, ProgressTask> tasks, Language language) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (!tasks.TryGetValue(value.Folder, out var task)) return;
            var step = Array.IndexOf(Stages, value.Stage);
            task.Description = Markup.Escape($"{Path.GetFileName(value.Folder)} {Label(value.Stage, language)}");
            task.Value = Math.Max(task.Value, step + 1);
        }
    }
}
