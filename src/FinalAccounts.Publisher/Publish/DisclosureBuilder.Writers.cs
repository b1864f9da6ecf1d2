using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Docx;
using FinalAccounts.Publisher.Writers.Html;
using FinalAccounts.Publisher.Writers.Markdown;

namespace FinalAccounts.Publisher.Publish;

public sealed partial class DisclosureBuilder
{
    /// <summary>Writes each requested format in memory; a writer that throws (a bug) fails its department, not the batch.</summary>
    private (List<OutputFile> Files, int Pages) Write(string folder, DocumentTree document, DocumentStyle style, string baseName, DiagnosticBag bag,
        IProgress<BuildProgress>? progress, CancellationToken ct)
    {
        var files = new List<OutputFile>();

        // One renderer per build: every writer asks it for the same figures, each drawn once. The PDF layout is cached
        // per document, so the Word TOC's page numbers and the PDF come from one layout.
        var charts = new ChartRenderer(fonts.Value, style, bag);
        var pageCount = 0;
        IReadOnlyDictionary<string, int>? pages = null;
        if (options.Formats.Contains("pdf"))
        {
            var pagination = pdf.Value.Layout.Paginate(document, new WriterContext(style, charts, new DiagnosticBag()), ct);
            (pages, pageCount) = (pagination.HeadingPages, pagination.PageCount);
        }

        // The formats are written in parallel (each with its own bag, merged in order): on two cores the PDF, the
        // slowest, runs beside the others.
        var results = options.ParallelWriters
            ? Parallel(options.Formats.Select(format => (Func<(List<OutputFile>, DiagnosticBag)>)(() => WriteOne(format, folder, document, style, charts, pages, baseName, progress, ct))), ct)
            : options.Formats.Select(format => WriteOne(format, folder, document, style, charts, pages, baseName, progress, ct)).ToList();
        foreach (var (written, writerBag) in results)
        {
            files.AddRange(written);
            bag.AddRange(writerBag.Items);
        }

        return (files, pageCount);
    }

    private static List<(List<OutputFile>, DiagnosticBag)> Parallel(IEnumerable<Func<(List<OutputFile>, DiagnosticBag)>> writers, CancellationToken ct)
    {
        var tasks = writers.Select(w => Task.Run(w, ct)).ToArray();
        Task.WaitAll(tasks, ct);
        return tasks.Select(t => t.Result).ToList();
    }

    private (List<OutputFile> Files, DiagnosticBag Bag) WriteOne(string format, string folder, DocumentTree document, DocumentStyle style,
        ChartRenderer charts, IReadOnlyDictionary<string, int>? pages, string baseName, IProgress<BuildProgress>? progress, CancellationToken ct)
    {
        var bag = new DiagnosticBag();
        var files = new List<OutputFile>();
        IDocumentWriter? writer = format switch
        {
            "md" => new MarkdownWriter(),
            "docx" => new DocxWriter(),
            "html" => new HtmlWriter(),
            _ => null,
        };
        if (format == "pdf") writer = pdf.Value;
        if (writer is null)
        {
            bag.Report(PublishCodes.UnknownFormat, SourceLocation.None, $"未知的输出格式“{format}”。", $"Unknown format '{format}'.");
            return (files, bag);
        }

        progress?.Report(new BuildProgress(folder, format));
        try
        {
            using var stream = new MemoryStream();
            writer.Write(document, new WriterContext(style, charts, bag, pages), stream, ct);
            files.Add(new OutputFile(baseName + writer.Extension, stream.ToArray()));
            if (format == "md") files.AddRange(MarkdownImages(document, charts));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            bag.Report(PublishCodes.WriterFailed, SourceLocation.OfFile(folder), $"生成 {format} 时出错（工具缺陷）：{e.GetType().Name}: {e.Message}",
                $"The {format} writer failed (a bug): {e.GetType().Name}: {e.Message}");
        }

        return (files, bag);
    }

    /// <summary>The PNG of each figure, named as the Markdown refers to it (figures that could not be drawn have none).</summary>
    private static IEnumerable<OutputFile> MarkdownImages(DocumentTree document, ChartRenderer charts) =>
        document.Blocks.OfType<Figure>()
            .Select(f => new OutputFile(MarkdownWriter.ImageFileName(f), charts.Render(f, FigureFormat.Png).Bytes))
            .Where(f => f.Bytes.Length > 0);
}
