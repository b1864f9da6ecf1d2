using System.Diagnostics;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.OpenData.Workbooks;
using FinalAccounts.Publisher.Portal;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The whole pipeline for one department: read and check (nothing is written when checks fail), skip when nothing
/// changed, compose, write every requested format in memory, then publish atomically with data.json and manifest.json.
/// One builder serves many departments, from several threads (styles, fonts and code lists are shared and cached).
/// </summary>
public sealed partial class DisclosureBuilder
{
    private const string HtmlFormat = "html";

    private readonly BuildOptions options;
    private readonly DepartmentLoader loader = new();
    private readonly WriterServices writers;
    private readonly Dictionary<string, LoadedStyle> styles = new(StringComparer.Ordinal);
    private readonly Lock styleLock = new();
    private int building;

    /// <summary>A builder for the given options (fonts are found on first use and shared by the PDF and the charts).</summary>
    public DisclosureBuilder(BuildOptions options)
    {
        // A format asked for twice is written once (and fingerprinted once).
        this.options = options with { Formats = options.Formats.Distinct(StringComparer.Ordinal).ToList() };
        writers = new WriterServices(() => FontCatalog.ForSystem(options.FontsFolder));
    }

    public BuildOptions Options => options;

    /// <summary>Reads and checks a department folder.</summary>
    public LoadResult Check(string departmentFolder, CancellationToken cancellationToken = default)
    {
        return DataCheck.Department(loader, departmentFolder, cancellationToken);
    }

    /// <summary>Checks and builds a department folder, holding its output year folder's lock meanwhile.</summary>
    public BuildResult Build(string departmentFolder, CancellationToken cancellationToken = default)
    {
        var load = Check(departmentFolder, cancellationToken);
        if (load.Model is not { } model) return Build(load, force: false, progress: null, cancellationToken);
        var yearFolder = OutputPublisher.YearFolder(options.OutputRoot, model.Department.Year.Value);
        using var held = OutputLock.Acquire(yearFolder, options.LockTimeout ?? OutputLock.DefaultTimeout, load.Diagnostics, null, cancellationToken);
        return held is null
            ? BuildResult.Failed(load.Folder.DisplayPath, load.Diagnostics, null, TimeSpan.Zero)
            : Build(load, force: false, progress: null, cancellationToken);
    }

    /// <summary>
    /// Builds a checked department; with <paramref name="force"/> false, an unchanged one is skipped. Formats not asked
    /// for are kept from the previous publication when it was built from the same inputs, else the build is refused.
    /// The caller holds the output year folder's <see cref="OutputLock"/> (as <see cref="BatchBuilder"/> does).
    /// </summary>
    public BuildResult Build(LoadResult load, bool force, IProgress<BuildProgress>? progress, CancellationToken cancellationToken = default)
    {
        // A department built alone spreads its writers over the cores; while other departments are built beside it
        // (a batch), the cores are busy already and its writers run one after another, so that one department's
        // editions are not all in memory at once.
        var alone = Interlocked.Increment(ref building) == 1;
        try
        {
            return Build(load, force, options.ParallelWriters && alone, progress, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref building);
        }
    }

    private BuildResult Build(LoadResult load, bool force, bool parallel, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var folder = load.Folder.DisplayPath;
        var bag = load.Diagnostics;
        if (bag.HasErrors || load.Model is not { } model) return BuildResult.Failed(folder, bag, null, clock.Elapsed);
        if (StyleFor(load.Folder.FullPath, bag) is not { IsUsable: true, Style: { } style, Layouts: { } layouts, Parts: { } parts })
            return BuildResult.Failed(folder, bag, null, clock.Elapsed);
        // Characters of the data the style's fonts lack stop the build at the data file, before anything is written.
        DataGlyphCheck.Run(load.Folder, style.Document, writers.Fonts, bag, cancellationToken);
        if (bag.HasErrors) return BuildResult.Failed(folder, bag, null, clock.Elapsed);

        var department = model.Department;
        var inputs = Inputs(load, style);
        // What every format's bytes depend on; the formats themselves are not part of it, so each can be kept or skipped.
        string FingerprintOf(bool draft) => Fingerprint.Combine(inputs.Select(i => (i.Key, (IReadOnlyDictionary<string, string>)i.Value)),
            [Fingerprint.ToolVersion, options.Style, .. draft ? ["draft"] : Array.Empty<string>()]);
        var fingerprint = FingerprintOf(options.Draft);
        var target = Path.Combine(OutputPublisher.YearFolder(options.OutputRoot, department.Year.Value), department.Id);
        var previous = PreviousPublication.Read(target);
        // An approval holds while the inputs are those of the build approved (its draft or its final edition).
        var approval = previous.Manifest?.Approval is { } a && (a.Fingerprint == FingerprintOf(true) || a.Fingerprint == FingerprintOf(false)) ? a : null;
        if (options.PublishApproved && approval is null)
        {
            bag.Report(PublishCodes.NotApproved, SourceLocation.OfFile(folder), $"{new OwnText(folder)} 未经批准，或批准后数据、模板又有改动，未发布。",
                $"{new OwnText(folder)} is not approved, or its data or templates changed since; not published.");
            return BuildResult.Failed(folder, bag, null, clock.Elapsed);
        }

        if (!force && previous.IsCurrent(fingerprint, options.Formats))
            return new BuildResult(folder, BuildStatus.Skipped, target, bag, null, [], previous.Manifest!.Pages, previous.Manifest, clock.Elapsed);
        var formats = WithPageWhenEditionsChange(previous.Manifest, fingerprint);
        if (previous.Keep(fingerprint, formats, bag) is not { } kept) return BuildResult.Failed(folder, bag, null, clock.Elapsed);

        progress?.Report(new BuildProgress(folder, "compose"));
        var templates = TemplateSetLoader.Place(style, parts, load.Folder.FullPath, bag);
        var composed = Composer.Compose(model, style, templates, layouts, bag, cancellationToken);
        if (composed.Document is not { } document) return BuildResult.Failed(folder, bag, composed, clock.Elapsed);
        if (options.Draft) document = document with { Info = document.Info with { Watermark = style.Document.Words.Draft } };

        // The open data (data.json, the tables' workbook and CSVs) is written on the pool while the editions are.
        var settings = WorkbookSettings.For(department, style, layouts, document.Info);
        var openData = parallel
            ? Task.Run(() => OpenDataFiles.Write(model, composed.Facts, settings, cancellationToken), cancellationToken)
            : Task.FromResult(OpenDataFiles.Write(model, composed.Facts, settings, cancellationToken));
        var baseName = PublicationNames.BaseName(department.Id, department.Year.Value);
        var links = Links(baseName, formats.Concat(kept.Select(f => f.Format).OfType<string>()), OpenDataFiles.Names(model));
        var (files, pages) = Write(folder, document, style.Document, formats, baseName, links, parallel, bag, progress, cancellationToken);
        var data = openData.GetAwaiter().GetResult();
        if (bag.HasErrors) return BuildResult.Failed(folder, bag, composed, clock.Elapsed);
        files.AddRange(kept);
        if (pages == 0 && kept.Count > 0) pages = previous.Manifest!.Pages; // the kept PDF's, when the PDF was not rebuilt
        files.AddRange(data.Select(f => new OutputFile(f.Name, f.Bytes)));
        var manifest = new Manifest(department.Id, department.Name.Value, department.Year.Value, document.Info.Title, Fingerprint.ToolVersion, fingerprint, pages,
            files.Select(f => new ManifestFile(f.Name, f.Bytes.Length, Fingerprint.Sha256(f.Bytes), f.Format)).ToList(),
            inputs.ToDictionary(i => i.Key, i => (IReadOnlyDictionary<string, string>)i.Value), options.Draft, approval,
            department.PublishDate.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        files.Add(new OutputFile(Manifest.FileName, manifest.ToJson()));

        progress?.Report(new BuildProgress(folder, "publish"));
        var output = new OutputPublisher(options.OutputRoot).Publish(department.Year.Value, department.Id, files, bag);
        if (output is null) return BuildResult.Failed(folder, bag, composed, clock.Elapsed);
        RecordText(department.Year.Value, department.Id, fingerprint, document, bag);
        return new BuildResult(folder, BuildStatus.Built, output, bag, composed, files, pages, manifest, clock.Elapsed);
    }

    /// <summary>
    /// The formats to write: those asked for, and the web page too when it would be kept while the set of published
    /// editions changes, since its download block lists them (kept unchanged otherwise, as every format not asked for).
    /// </summary>
    private IReadOnlyList<string> WithPageWhenEditionsChange(Manifest? previous, string fingerprint)
    {
        if (previous is null || previous.Fingerprint != fingerprint || options.Formats.Contains(HtmlFormat)) return options.Formats;
        var before = previous.Files.Select(f => f.Format).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (!before.Contains(HtmlFormat) || before.IsSupersetOf(options.Formats)) return options.Formats;
        return [.. options.Formats, HtmlFormat];
    }

    /// <summary>
    /// What the web page links to: the editions published together (but the page itself), in the registry's order; the
    /// open data every build writes (the tables' workbook, data.json, the CSVs); the archive and the index.
    /// </summary>
    private static PublicationLinks Links(string baseName, IEnumerable<string> published, IReadOnlyList<string> openData)
    {
        var set = published.ToHashSet(StringComparer.Ordinal);
        var editions = WriterRegistry.Default.Formats.Where(f => set.Contains(f.Name) && f.Name != HtmlFormat)
            .Select(f => new EditionLink(f.Name, baseName + f.Extension)).ToList();
        var data = openData.Select(name => new EditionLink(Path.GetExtension(name).TrimStart('.'), name)).ToList();
        return new PublicationLinks(editions, data, "../" + PublicationNames.Archive(baseName), "../" + PublicationNames.Index);
    }

    /// <summary>
    /// What the output depends on, file by file: the department's data (and its prior year's folder), the code lists,
    /// the style's folders, the project fonts.
    /// </summary>
    private SortedDictionary<string, SortedDictionary<string, string>> Inputs(LoadResult load, HouseStyle style)
    {
        var inputs = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["data"] = Fingerprint.Files(load.Folder.FullPath),
        };
        if (load.Model is { } m && ReferenceLocator.Find(load.Folder, m.Department.Year.Value) is { } reference)
            inputs["reference"] = Fingerprint.Files(reference.FullPath);
        if (load.Model?.PriorYear.Chain is { } chain) inputs["prior-year"] = Fingerprint.Files(Path.GetFullPath(chain.Folder));
        foreach (var folder in style.TemplateFolders)
            inputs["templates/" + Path.GetFileName(folder)] = Fingerprint.Files(folder);
        if (options.FontsFolder is { } fontsFolder) inputs["fonts"] = Fingerprint.Files(fontsFolder);
        return inputs;
    }

    /// <summary>Forgets the styles read so far, so the next build reads its style and templates again (a preview after a save).</summary>
    public void ForgetStyles()
    {
        lock (styleLock) styles.Clear();
    }

    /// <summary>The typographic style and words a department is built with (null when its style cannot be read).</summary>
    public Document.DocumentStyle? DocumentStyleFor(string departmentFolder) => StyleFor(departmentFolder, new DiagnosticBag()).Style?.Document;

    /// <summary>The style for a department's templates root, read once per builder; its problems go to <paramref name="bag"/>.</summary>
    private LoadedStyle StyleFor(string departmentFolder, DiagnosticBag bag)
    {
        var root = ProjectFolders.TemplatesRoot(departmentFolder, options);
        var key = Path.GetFullPath(root) + "|" + options.Style;
        lock (styleLock)
        {
            if (!styles.TryGetValue(key, out var entry)) styles[key] = entry = LoadedStyle.Read(root, options.Style);
            bag.AddRange(entry.Diagnostics.Items);
            return entry;
        }
    }
}
