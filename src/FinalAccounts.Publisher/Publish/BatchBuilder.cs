using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Builds many departments: checks all of them first (one report), builds those that pass in parallel on every core,
/// goes on past a failed one, then rewrites each year's portal index from the published manifests.
/// </summary>
public sealed class BatchBuilder(DisclosureBuilder builder, int? maxParallelism = null)
{
    /// <summary>The stage reported when a department's build has finished, whatever its outcome.</summary>
    public const string Done = "done";

    public BatchResult Run(IReadOnlyList<string> folders, bool force, IProgress<BuildProgress>? progress, CancellationToken cancellationToken = default)
    {
        var refused = new DiagnosticBag();
        if (!OutputLocation.Check(builder.Options.OutputRoot, folders, refused)) return new BatchResult([], [], [], refused);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        var checks = new LoadResult[folders.Count];
        Parallel.For(0, folders.Count, parallel, i =>
        {
            progress?.Report(new BuildProgress(folders[i], "check"));
            checks[i] = builder.Check(folders[i], cancellationToken);
        });

        var builds = new BuildResult[folders.Count];
        Parallel.For(0, folders.Count, parallel, i =>
        {
            // Keep what the report needs; the bytes are on disk now (200 departments would otherwise hold ~1 GB).
            builds[i] = builder.Build(checks[i], force, progress, cancellationToken) with { Files = [], Composed = null };
            progress?.Report(new BuildProgress(folders[i], Done));
        });
        var bag = new DiagnosticBag();
        var indexes = new List<string>();
        foreach (var year in builds.Where(b => b.Manifest is not null).Select(b => b.Manifest!.Year).Distinct().Order())
        {
            try
            {
                if (WriteIndex(builder.Options.OutputRoot, year) is { } path) indexes.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(Path.Combine(builder.Options.OutputRoot, year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    $"无法写出门户索引页：{e.Message}", $"Cannot write the portal index: {e.Message}");
            }
        }

        return new BatchResult(checks, builds, indexes, bag);
    }

    /// <summary>Rewrites output/&lt;year&gt;/index.html from every department published there (atomically).</summary>
    public static string? WriteIndex(string outputRoot, int year)
    {
        var yearFolder = Path.Combine(outputRoot, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(yearFolder)) return null;
        var entries = new List<PortalEntry>();
        foreach (var dir in Directory.GetDirectories(yearFolder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(dir);
            if (id.StartsWith('.') || Manifest.Read(Path.Combine(dir, Manifest.FileName)) is not { } m) continue;
            var files = m.Files.Select(f => new PortalFile($"{id}/{f.Name}", Path.GetExtension(f.Name).TrimStart('.'), f.Size, f.Sha256)).ToList();
            var manifestBytes = File.ReadAllBytes(Path.Combine(dir, Manifest.FileName));
            files.Add(new PortalFile($"{id}/{Manifest.FileName}", "json", manifestBytes.Length, Fingerprint.Sha256(manifestBytes)));
            entries.Add(new PortalEntry(id, m.Name, m.Year, files));
        }

        var path = Path.Combine(yearFolder, PortalIndexWriter.FileName);
        var temp = Path.Combine(yearFolder, ".index.html.new");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            new PortalIndexWriter().Write(year, entries, stream);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }
}
