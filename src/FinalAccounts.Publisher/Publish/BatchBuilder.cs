using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Portal;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Builds many departments: checks all of them first (one report), takes the lock of each output year folder they
/// publish to (waiting for another run to finish), builds those that pass in parallel on every core, goes on past a
/// failed one, then rewrites each locked year's portal files (archives, index, feed, sitemap, schemas) from the
/// published manifests before letting go.
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
        // A cold process has a core to spare while the departments are read: the first one's fonts load meanwhile.
        if (folders.Count > 0) _ = Task.Run(() => builder.Prepare(folders[0]), cancellationToken);
        var checks = new LoadResult[folders.Count];
        Parallel.For(0, folders.Count, parallel, i =>
        {
            progress?.Report(new BuildProgress(folders[i], "check"));
            checks[i] = builder.Check(folders[i], cancellationToken);
        });
        OtherDepartmentNames.Report(checks);
        SupervisorCheck.Report(checks);

        var yearOf = checks.Select(c => c.Model?.Department.Year.Value).ToArray();
        var years = yearOf.Where((_, i) => !checks[i].Diagnostics.HasErrors).OfType<int>().Distinct().Order();
        var publications = Publications(checks, bag);
        var locks = new Dictionary<int, OutputLock>();
        try
        {
            foreach (var year in years.Where(publications.ContainsKey))
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
                builds[i] = yearOf[i] is { } year && !locks.ContainsKey(year)
                    ? BuildResult.Failed(folders[i], checks[i].Diagnostics, null, TimeSpan.Zero)
                    : builder.Build(checks[i], force, progress, cancellationToken) with { Files = [], Composed = null };
                // Nor the model: 200 departments' models held to the end are tens of megabytes.
                checks[i] = checks[i] with { Model = null };
                NativeHeap.Trim();
                progress?.Report(new BuildProgress(folders[i], Done));
            });
            var indexes = locks.Keys.Order().Select(year => TryWriteIndex(year, publications[year], StyleOf(checks, yearOf, year), bag, cancellationToken))
                .OfType<string>().ToList();
            foreach (var year in locks.Keys.Order())
                TryWriteStatus(year, builds.Where((_, i) => yearOf[i] == year).ToList(), bag);
            return new BatchResult(checks, builds, indexes, bag);
        }
        finally
        {
            foreach (var held in locks.Values) held.Dispose();
        }
    }

    /// <summary>The house style a year's departments were built with (its words and fonts set the portal page).</summary>
    private DocumentStyle? StyleOf(IReadOnlyList<LoadResult> checks, int?[] yearOf, int year) =>
        Array.IndexOf(yearOf, year) is var i and >= 0 ? builder.DocumentStyleFor(checks[i].Folder.FullPath) : null;

    /// <summary>The office status page of a year whose lock this run holds (<see cref="StatusPage"/>; a failure is reported).</summary>
    private void TryWriteStatus(int year, IReadOnlyList<BuildResult> builds, DiagnosticBag bag)
    {
        var yearFolder = OutputPublisher.YearFolder(builder.Options.OutputRoot, year);
        try
        {
            var language = builder.Options.Language;
            StatusPage.Write(yearFolder, year, StatusPage.Entries(yearFolder, builds, language), language);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(yearFolder), $"无法写出进度页 status.html：{e.Message}",
                $"Cannot write the status page: {e.Message}");
        }
    }

    /// <summary>
    /// Each year's publication.yaml (in the year folder above its departments, the first in path order when they come
    /// from several); a year whose file is wrong is left out (reported), so none of its departments is published.
    /// </summary>
    private Dictionary<int, PublicationInfo> Publications(IReadOnlyList<LoadResult> checks, DiagnosticBag bag)
    {
        var result = new Dictionary<int, PublicationInfo>();
        var byYear = checks.Where(c => c.Model is not null).GroupBy(c => c.Model!.Department.Year.Value);
        foreach (var year in byYear)
        {
            var folder = year.Select(c => YearDataFolder(c.Folder.FullPath)).Order(StringComparer.Ordinal).First();
            if (Publication(folder, year.Key, builder.Options, bag) is { } info) result[year.Key] = info;
        }

        return result;
    }

    /// <summary>A year data folder's publication.yaml with the build's <c>--base-url</c>; null (reported) when wrong.</summary>
    private static PublicationInfo? Publication(string yearDataFolder, int year, BuildOptions options,
        DiagnosticBag bag) =>
        PublicationReader.Read(yearDataFolder, bag)?.WithOutputBaseUrl(options.BaseUrl, year);

    private static string YearDataFolder(string departmentFolder) =>
        Path.GetDirectoryName(departmentFolder.TrimEnd(Path.DirectorySeparatorChar)) ?? departmentFolder;

    /// <summary>The portal files of a year whose lock this run holds; null (reported) when they cannot be written.</summary>
    private string? TryWriteIndex(int year, PublicationInfo info, DocumentStyle? style, DiagnosticBag bag, CancellationToken cancellationToken)
    {
        try
        {
            return YearPortal.Write(builder.Options.OutputRoot, year, info, style, bag, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var yearFolder = OutputPublisher.YearFolder(builder.Options.OutputRoot, year);
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(yearFolder),
                $"无法写出门户文件（索引页、压缩包、订阅源）：{e.Message}（它们可能与已发布的文件不一致，处理后请重新运行）",
                $"Cannot write the portal files (index, archives, feed): {e.Message} (they may not match the published files; run again once fixed)");
            return null;
        }
    }

    /// <summary>
    /// Rewrites the year's portal files (index, archives, feed, sitemap, schemas) from every department published there,
    /// as a build of <paramref name="departmentFolder"/> with <paramref name="options"/> would: the year's
    /// publication.yaml, the base URL and the department's style (hold the year's lock). What <c>finacc approve</c>
    /// runs after approving.
    /// </summary>
    public static string? WritePortal(string departmentFolder, int year, BuildOptions options, DiagnosticBag bag,
        CancellationToken cancellationToken = default)
    {
        if (Publication(YearDataFolder(departmentFolder), year, options, bag) is not { } info) return null;
        var style = new DisclosureBuilder(options).DocumentStyleFor(departmentFolder);
        return YearPortal.Write(options.OutputRoot, year, info, style, bag, cancellationToken);
    }
}
