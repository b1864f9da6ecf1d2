using System.Diagnostics;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// A live preview of one department (<c>finacc preview</c>): its web page built into a preview folder of its own, never
/// into output/, and built again after every save of a file it is made from (the department's data and templates, the
/// templates root with every style). A save is several file events: the build starts when they have been quiet for
/// <see cref="Quiet"/>. Each build gets the next version; <see cref="WaitNewer"/> waits for one.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    /// <summary>The file that marks a folder as a preview's: only such a folder (or an empty one) is written.</summary>
    public const string Marker = ".finacc-preview";

    /// <summary>How long file events must stop before a build starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    private readonly DisclosureBuilder builder;
    private readonly string department;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim changed = new(0);
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private TaskCompletionSource<PreviewBuild> next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? loop;

    /// <summary>A preview of <paramref name="departmentFolder"/> into <paramref name="options"/>' output root (web page only).</summary>
    public PreviewSession(string departmentFolder, BuildOptions options)
    {
        department = departmentFolder;
        builder = new DisclosureBuilder(options with { Formats = ["html"], ParallelWriters = false });
    }

    /// <summary>The latest build (version 0, failed, before the first).</summary>
    public PreviewBuild Current { get; private set; } = new(0, null, [], TimeSpan.Zero);

    /// <summary>Called after each build (on the thread that built it).</summary>
    public event Action<PreviewBuild>? Built;

    /// <summary>
    /// Whether <paramref name="folder"/> may receive a preview: it does not exist, is empty, or is a preview's (it holds
    /// <see cref="Marker"/>). So a preview never writes into output/ or any other folder of files (FA8008).
    /// </summary>
    public static bool CheckFolder(string folder, DiagnosticBag bag)
    {
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, Marker)) || !Directory.EnumerateFileSystemEntries(folder).Any())
            return true;
        var shown = folder.Replace('\\', '/');
        bag.Report(PublishCodes.NotAPreviewFolder, SourceLocation.OfFile(shown),
            $"{shown} 中已有其他文件（不是预览文件夹），预览不会写入这里。", $"{shown} holds other files (it is not a preview folder); the preview does not write there.");
        return false;
    }

    /// <summary>Builds now, reading the data, style and templates again, and announces the build.</summary>
    public PreviewBuild Rebuild(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(builder.Options.OutputRoot);
        File.WriteAllText(Path.Combine(builder.Options.OutputRoot, Marker), "finacc preview\n");
        builder.ForgetStyles();
        var result = builder.Build(department, cancellationToken);
        var page = result is { Succeeded: true, OutputFolder: { } output, Manifest: { } manifest }
            && manifest.Files.FirstOrDefault(f => f.Format == "html") is { } html
            ? Path.Combine(output, html.Name)
            : null;
        PreviewBuild build;
        TaskCompletionSource<PreviewBuild> done;
        lock (gate)
        {
            build = new PreviewBuild(Current.Version + 1, page, result.Diagnostics.Sorted(), clock.Elapsed);
            Current = build;
            (done, next) = (next, new TaskCompletionSource<PreviewBuild>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        done.SetResult(build);
        Built?.Invoke(build);
        return build;
    }

    /// <summary>Starts watching the files the preview is made from; each save builds again.</summary>
    public void Watch()
    {
        var roots = new[] { department, ProjectFolders.TemplatesRoot(department, builder.Options) }
            .Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }

        loop = Task.Run(() => Loop(stop.Token));
    }

    /// <summary>The first build newer than <paramref name="version"/>, or the current one when none comes within <paramref name="timeout"/>.</summary>
    public async Task<PreviewBuild> WaitNewer(int version, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Task<PreviewBuild> coming;
        lock (gate)
        {
            if (Current.Version > version) return Current;
            coming = next.Task;
        }

        try
        {
            return await coming.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Current;
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        foreach (var w in watchers) w.Dispose();
        try
        {
            loop?.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
        }

        stop.Dispose();
        changed.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // The preview's own files never start a build (a preview folder placed inside the templates root).
        var own = Path.GetFullPath(builder.Options.OutputRoot);
        if (!Path.GetFullPath(e.FullPath).StartsWith(Path.TrimEndingDirectorySeparator(own) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            changed.Release();
    }

    private async Task Loop(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
            while (await changed.WaitAsync(Quiet, cancellationToken).ConfigureAwait(false))
            {
                // more events of the same save: wait until they stop
            }

            Rebuild(cancellationToken);
        }
    }
}
