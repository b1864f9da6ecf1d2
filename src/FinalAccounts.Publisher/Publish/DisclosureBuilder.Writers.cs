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
        // One renderer per build: every writer asks it for the same figures, each drawn once. The PDF layout is cached
        // per document, so the Word TOC's page numbers and the PDF come from one layout.
        var charts = new ChartRenderer(fonts.Value, style, bag);
        var formats = options.Formats;
        var pdfWanted = formats.Contains("pdf");
        var pageCount = 0;
        IReadOnlyDictionary<string, int>? pages = null;
        void Paginate()
        {
            if (!pdfWanted) return;
            progress?.Report(new BuildProgress(folder, "layout"));
            var pagination = pdf.Value.Layout.Paginate(document, new WriterContext(style, charts, new DiagnosticBag()), ct);
            (pages, pageCount) = (pagination.HeadingPages, pagination.PageCount);
        }

        (List<OutputFile>, DiagnosticBag) One(string format) => WriteOne(format, folder, document, style, charts, pages, baseName, progress, ct);

        List<(List<OutputFile>, DiagnosticBag)> results;
        if (!options.ParallelWriters)
        {
            Paginate();
            results = formats.Select(One).ToList();
        }
        else
        {
            // On two cores the longest path is layout → PDF drawing, so this thread takes it: it lays the pages out from
            // the charts' sizes and draws the PDF, which waits for a chart only if it reaches that page before the pool
            // has drawn it. The pool draws the PNG charts first, then writes the other formats (Word after the layout,
            // for its TOC's page numbers).
            var figures = document.Blocks.OfType<Figure>().ToList();
            var background = new List<Task>();
            if (formats.Any(f => f is "pdf" or "docx" or "md"))
                background.AddRange(figures.Select(f => Task.Run(() => Prerender(charts, f, FigureFormat.Png), ct)));
            var tasks = new Dictionary<string, Task<(List<OutputFile>, DiagnosticBag)>>(StringComparer.Ordinal);
            foreach (var format in formats.Where(f => f != "pdf" && !(f == "docx" && pdfWanted)))
                tasks[format] = Task.Run(() => One(format), ct);
            Paginate();
            if (pdfWanted && formats.Contains("docx")) tasks["docx"] = Task.Run(() => One("docx"), ct);
            if (pdfWanted) tasks["pdf"] = Task.FromResult(One("pdf"));
            WaitAll([.. tasks.Values, .. background], ct);
            results = formats.Select(f => tasks[f].Result).ToList();
        }

        var files = new List<OutputFile>();
        foreach (var (written, writerBag) in results)
        {
            files.AddRange(written);
            bag.AddRange(writerBag.Items);
        }

        return (files, pageCount);
    }

    /// <summary>Draws a figure ahead of the writers; a failure is left for the writer that asks for it to report.</summary>
    private static void Prerender(ChartRenderer charts, Figure figure, FigureFormat format)
    {
        try
        {
            charts.Render(figure, format);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The renderer caches the failure; the writer that needs this figure meets it again and reports it.
        }
    }

    private static void WaitAll(Task[] tasks, CancellationToken ct)
    {
        try
        {
            Task.WaitAll(tasks, ct);
        }
        catch (AggregateException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
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
            // Sized from the last file of this format: a megabyte PDF grown by doubling allocates four.
            using var stream = new MemoryStream(lastSizes.GetValueOrDefault(format) * 9 / 8 + 4096);
            writer.Write(document, new WriterContext(style, charts, bag, pages), stream, ct);
            lastSizes[format] = (int)Math.Min(stream.Length, 64 << 20);
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
