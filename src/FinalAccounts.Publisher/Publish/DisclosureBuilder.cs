using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Docx;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Html;
using FinalAccounts.Publisher.Writers.Markdown;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The whole pipeline for one department: read, check (nothing is written when checks fail), compose, write every
/// requested format in memory, then publish atomically. One builder serves many departments (styles, fonts cached).
/// </summary>
public sealed class DisclosureBuilder
{
    private readonly BuildOptions options;
    private readonly DepartmentLoader loader = new();
    private readonly Lazy<FontCatalog> fonts;
    private readonly Lazy<PdfWriter> pdf;
    private readonly Dictionary<string, (HouseStyle? Style, TableLayouts? Layouts, DiagnosticBag Bag)> styles = new(StringComparer.Ordinal);
    private readonly Lock styleLock = new();

    /// <summary>A builder for the given options (fonts are found on first use and shared by the PDF and the charts).</summary>
    public DisclosureBuilder(BuildOptions options)
    {
        this.options = options;
        fonts = new Lazy<FontCatalog>(() => FontCatalog.ForSystem(options.FontsFolder));
        pdf = new Lazy<PdfWriter>(() => new PdfWriter(fonts.Value));
    }

    public BuildResult Build(string departmentFolder, CancellationToken cancellationToken = default)
    {
        var load = loader.Load(departmentFolder, cancellationToken);
        var bag = load.Diagnostics;
        Checker.Run(load, cancellationToken);
        if (bag.HasErrors || load.Model is not { } model) return new BuildResult(departmentFolder, null, bag, null, []);

        var (style, layouts) = StyleFor(departmentFolder, bag);
        if (style is null || layouts is null) return new BuildResult(departmentFolder, null, bag, null, []);
        var templates = TemplateSetLoader.Load(style, load.Folder.FullPath, bag);
        var composed = Composer.Compose(model, style, templates, layouts, bag, cancellationToken);
        if (composed.Document is not { } document) return new BuildResult(departmentFolder, null, bag, composed, []);

        var files = Write(document, style.Document, $"{model.Department.Id}-{model.Department.Year.Value}", bag, cancellationToken);
        if (bag.HasErrors) return new BuildResult(departmentFolder, null, bag, composed, files);
        var output = new OutputPublisher(options.OutputRoot).Publish(model.Department.Year.Value, model.Department.Id, files, bag);
        return new BuildResult(departmentFolder, output, bag, composed, files);
    }

    private List<OutputFile> Write(DocumentTree document, DocumentStyle style, string baseName, DiagnosticBag bag, CancellationToken ct)
    {
        var files = new List<OutputFile>();
        IReadOnlyDictionary<string, int>? pages = null;

        // One renderer per build: every writer asks it for the same figures, each drawn once.
        var charts = new ChartRenderer(fonts.Value, style, bag);
        foreach (var format in options.Formats)
        {
            IDocumentWriter? writer = format switch
            {
                "md" => new MarkdownWriter(),
                "docx" => new DocxWriter(),
                "pdf" => pdf.Value,
                "html" => new HtmlWriter(),
                _ => null,
            };
            if (writer is null)
            {
                bag.Report(PublishCodes.UnknownFormat, SourceLocation.None, $"未知的输出格式“{format}”。", $"Unknown format '{format}'.");
                continue;
            }

            if (format == "docx" && pages is null && options.Formats.Contains("pdf"))
                pages = pdf.Value.Layout.Paginate(document, new WriterContext(style, charts, new DiagnosticBag()), ct).HeadingPages;
            using var stream = new MemoryStream();
            writer.Write(document, new WriterContext(style, charts, bag, pages), stream, ct);
            files.Add(new OutputFile(baseName + writer.Extension, stream.ToArray()));
            if (format == "md") files.AddRange(MarkdownImages(document, charts));
        }

        return files;
    }

    /// <summary>The PNG of each figure, named as the Markdown refers to it (figures that could not be drawn have none).</summary>
    private static IEnumerable<OutputFile> MarkdownImages(DocumentTree document, ChartRenderer charts) =>
        document.Blocks.OfType<Figure>()
            .Select(f => new OutputFile(MarkdownWriter.ImageFileName(f), charts.Render(f, FigureFormat.Png).Bytes))
            .Where(f => f.Bytes.Length > 0);

    private (HouseStyle?, TableLayouts?) StyleFor(string departmentFolder, DiagnosticBag bag)
    {
        var root = options.TemplatesRoot ?? TemplatesLocator.Find(departmentFolder, options.Style) ?? "templates";
        var key = Path.GetFullPath(root) + "|" + options.Style;
        lock (styleLock)
        {
            if (!styles.TryGetValue(key, out var entry))
            {
                var styleBag = new DiagnosticBag();
                var style = HouseStyleReader.Read(root, options.Style, styleBag);
                entry = (style, style is null ? null : TableLayouts.Read(style, styleBag), styleBag);
                styles[key] = entry;
            }

            bag.AddRange(entry.Bag.Items);
            return entry.Bag.HasErrors ? (null, null) : (entry.Style, entry.Layouts);
        }
    }
}
