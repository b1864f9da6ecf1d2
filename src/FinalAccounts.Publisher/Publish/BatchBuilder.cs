using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Builds many departments: checks all of them first (one report), takes the lock of each output year folder they
/// publish to (waiting for another run to finish), builds those that pass in parallel on every core, goes on past a
/// failed one, then rewrites each locked year's portal index from the published manifests before letting go.
/// </summary>
public sealed class BatchBuilder(DisclosureBuilder builder, int? maxParallelism = null)
{
    /// <summary>The stage reported when a department's build has finished, whatever its outcome.</summary>
    public const string Done = "done";

    /// <summary>The stage reported (with the output year folder as its folder) when another run holds that folder's lock.</summary>
    public const string Waiting = "wait";

    public BatchResult Run(IReadOnlyList<string> folders, bool force, IProgress<BuildProgress>? progress, CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        if (!OutputLocation.Check(builder.Options.OutputRoot, folders, bag)) return new BatchResult([], [], [], bag);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        var checks = new LoadResult[folders.Count];
        Parallel.For(0, folders.Count, parallel, i =>
        {
            progress?.Report(new BuildProgress(folders[i], "check"));
            checks[i] = builder.Check(folders[i], cancellationToken);
        });
        OtherDepartmentNames.Report(checks);

        var years = checks.Where(c => !c.Diagnostics.HasErrors).Select(c => c.Model?.Department.Year.Value).OfType<int>().Distinct().Order();
        var locks = new Dictionary<int, OutputLock>();
        try
        {
            foreach (var year in years)
            {
                var yearFolder = OutputPublisher.YearFolder(builder.Options.OutputRoot, year);
                var timeout = builder.Options.LockTimeout ?? OutputLock.DefaultTimeout;
                var waiting = () => progress?.Report(new BuildProgress(yearFolder, Waiting));
                if (OutputLock.Acquire(yearFolder, timeout, bag, waiting, cancellationToken) is { } held) locks[year] = held;
            }

            var builds = new BuildResult[folders.Count];
            Parallel.For(0, folders.Count, parallel, i =>
            {
                // Keep what the report needs; the bytes are on disk now (200 departments would otherwise hold ~1 GB).
                builds[i] = checks[i].Model is { } m && !locks.ContainsKey(m.Department.Year.Value)
                    ? BuildResult.Failed(folders[i], checks[i].Diagnostics, null, TimeSpan.Zero)
                    : builder.Build(checks[i], force, progress, cancellationToken) with { Files = [], Composed = null };
                progress?.Report(new BuildProgress(folders[i], Done));
            });
            var indexes = locks.Keys.Order().Select(year => TryWriteIndex(year, StyleOf(checks, year), bag)).OfType<string>().ToList();
            foreach (var year in locks.Keys.Order())
                TryWriteStatus(year, builds.Where((_, i) => checks[i].Model?.Department.Year.Value == year).ToList(), bag);
            return new BatchResult(checks, builds, indexes, bag);
        }
        finally
        {
            foreach (var held in locks.Values) held.Dispose();
        }
    }

    /// <summary>The house style a year's departments were built with (its words and fonts set the portal page).</summary>
    private Document.DocumentStyle? StyleOf(IEnumerable<LoadResult> checks, int year) =>
        checks.FirstOrDefault(c => c.Model?.Department.Year.Value == year) is { } c ? builder.DocumentStyleFor(c.Folder.FullPath) : null;

    /// <summary>The office status page of a year whose lock this run holds (<see cref="StatusPage"/>; a failure is reported).</summary>
    private void TryWriteStatus(int year, IReadOnlyList<BuildResult> builds, DiagnosticBag bag)
    {
        var yearFolder = OutputPublisher.YearFolder(builder.Options.OutputRoot, year);
        try
        {
            StatusPage.Write(yearFolder, year, StatusPage.Entries(yearFolder, builds));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(yearFolder), $"无法写出进度页 status.html：{e.Message}",
                $"Cannot write the status page: {e.Message}");
        }
    }

    /// <summary>The index of a year whose lock this run holds; null (reported) when it cannot be written.</summary>
    private string? TryWriteIndex(int year, Document.DocumentStyle? style, DiagnosticBag bag)
    {
        try
        {
            return WriteIndex(builder.Options.OutputRoot, year, style);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var yearFolder = OutputPublisher.YearFolder(builder.Options.OutputRoot, year);
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(yearFolder),
                $"无法写出门户索引页：{e.Message}（index.html 可能与已发布的文件不一致，处理后请重新运行）",
                $"Cannot write the portal index: {e.Message} (index.html may not match the published files; run again once fixed)");
            return null;
        }
    }

    /// <summary>
    /// Rewrites output/&lt;year&gt;/index.html from every department published there (atomically; hold the year's lock), in
    /// the words and fonts of <paramref name="style"/> (the reference style's when null).
    /// </summary>
    public static string? WriteIndex(string outputRoot, int year, Document.DocumentStyle? style = null)
    {
        var yearFolder = OutputPublisher.YearFolder(outputRoot, year);
        if (!Directory.Exists(yearFolder)) return null;
        var entries = new List<PortalEntry>();
        foreach (var dir in Directory.GetDirectories(yearFolder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(dir);
            if (id.StartsWith('.') || Manifest.Read(Path.Combine(dir, Manifest.FileName)) is not { Draft: false } m) continue;
            var files = m.Files.Select(f => new PortalFile($"{id}/{f.Name}", Path.GetExtension(f.Name).TrimStart('.'), f.Size, f.Sha256)).ToList();
            var manifestBytes = File.ReadAllBytes(Path.Combine(dir, Manifest.FileName));
            files.Add(new PortalFile($"{id}/{Manifest.FileName}", "json", manifestBytes.Length, Fingerprint.Sha256(manifestBytes)));
            entries.Add(new PortalEntry(id, m.Name, m.Year, files));
        }

        var path = Path.Combine(yearFolder, PortalIndexWriter.FileName);
        var temp = Path.Combine(yearFolder, ".index.html.new");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            new PortalIndexWriter(style).Write(year, entries, stream);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }
}
