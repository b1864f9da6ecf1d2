using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Publish;

public sealed partial class DisclosureBuilder
{
    /// <summary>
    /// Loads ahead what the first build of a department in this folder's style spends its first layout on: the style and,
    /// when a paginated edition is asked for, its fonts (tens of megabytes of CJK faces, read and parsed). A cold process
    /// runs this on its spare core while the departments are checked. Nothing is reported here: a problem is met again,
    /// and reported, by the build.
    /// </summary>
    public void Prepare(string departmentFolder)
    {
        if (!options.Formats.Any(f => WriterRegistry.Default.Find(f) is { NeedsPagination: true })) return;
        try
        {
            if (StyleFor(departmentFolder, new DiagnosticBag()) is { IsUsable: true, Style: { } style })
                writers.Pdf.Layout.LoadFonts(style.Document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Left for the build: the style and the fonts cache what failed, and the build reports it.
        }
    }

    /// <summary>What the writers share (the font catalog and the PDF engine).</summary>
    internal WriterServices Writers => writers;

    /// <summary>
    /// Writes each requested format in memory, scheduled by what the registry says each writer needs; a writer that
    /// throws (a bug) fails its department, not the batch. The one pagination is made whenever a requested format
    /// needs it, so an edition is the same whichever other formats are built.
    /// </summary>
    private (List<OutputFile> Files, int Pages) Write(string folder, DocumentTree document, DocumentStyle style, IReadOnlyList<string> requested,
        string baseName, PublicationLinks links, bool parallel, DiagnosticBag bag, IProgress<BuildProgress>? progress, CancellationToken ct)
    {
        // One renderer per build: every writer asks it for the same figures, each drawn once. The PDF layout is cached
        // per document, so the pagination and the PDF come from one layout.
        var charts = new ChartRenderer(writers.Fonts, style, bag);
        var formats = requested.Select(f => WriterRegistry.Default.Find(f)).OfType<WriterFormat>().ToList();
        foreach (var unknown in requested.Where(f => WriterRegistry.Default.Find(f) is null))
            bag.Report(PublishCodes.UnknownFormat, SourceLocation.None, $"未知的输出格式“{unknown}”。",
                $"Unknown format '{unknown}'.");
        Pagination? pagination = null;
        void Paginate()
        {
            if (!formats.Any(f => f.NeedsPagination)) return;
            progress?.Report(new BuildProgress(folder, "layout"));
            pagination = writers.Paginate(document, new WriterContext(style, charts, new DiagnosticBag()), ct);
        }

        (List<OutputFile>, DiagnosticBag) One(WriterFormat format)
        {
            var context = new WriterContext(style, charts, new DiagnosticBag(), pagination, links);
            return WriteOne(format, folder, document, context, baseName, progress, ct);
        }

        List<(List<OutputFile>, DiagnosticBag)> results;
        if (!parallel)
        {
            Paginate();
            results = formats.Select(One).ToList();
        }
        else
        {
            // On two cores the longest path is layout → PDF drawing, so this thread takes it: it lays the pages out from
            // the charts' sizes and draws the PDF, which waits for a chart only if it reaches that page before the pool
            // has drawn it. The pool draws the PNG charts first, then writes the formats that need no pagination, then
            // those that follow it (Word).
            var background = new List<Task>();
            if (formats.Any(f => f.Figures == FigureFormat.Png))
            {
                foreach (var figure in document.Blocks.OfType<Figure>())
                    background.Add(Task.Run(() => Prerender(charts, figure, FigureFormat.Png), ct));
            }

            var tasks = new Dictionary<WriterFormat, Task<(List<OutputFile>, DiagnosticBag)>>();
            foreach (var format in formats.Where(f => !f.NeedsPagination && !f.OnCallerThread))
                tasks[format] = Task.Run(() => One(format), ct);
            Paginate();
            foreach (var format in formats.Where(f => f.NeedsPagination && !f.OnCallerThread))
                tasks[format] = Task.Run(() => One(format), ct);
            foreach (var format in formats.Where(f => f.OnCallerThread)) tasks[format] = Task.FromResult(One(format));
            WaitAll([.. tasks.Values, .. background], ct);
            results = formats.Select(f => tasks[f].Result).ToList();
        }

        var files = new List<OutputFile>();
        foreach (var (format, (written, writerBag)) in formats.Zip(results))
        {
            files.AddRange(written.Select(f => f with { Format = format.Name }));
            // Every edition reports a shared problem (a figure written in words) the same way: say it once.
            bag.AddRange(writerBag.Items.Where(d => !bag.Items.Contains(d)));
        }

        return (files, pagination?.PageCount ?? 0);
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

    private (List<OutputFile> Files, DiagnosticBag Bag) WriteOne(WriterFormat format, string folder, DocumentTree document,
        WriterContext context, string baseName, IProgress<BuildProgress>? progress, CancellationToken ct)
    {
        var files = new List<OutputFile>();
        progress?.Report(new BuildProgress(folder, format.Name));
        try
        {
            var writer = format.Create(writers);
            using var stream = PooledStreams.Get(format.Name);
            writer.Write(document, context, stream, ct);
            files.Add(new OutputFile(baseName + format.Extension, stream.ToArray()));
            files.AddRange(writer.Companions(document, context).Select(c => new OutputFile(c.Name, c.Bytes)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Diagnostics.Report(PublishCodes.WriterFailed, SourceLocation.OfFile(folder),
                $"生成 {format.Name} 时出错（工具缺陷）：{e.GetType().Name}: {e.Message}",
                $"The {format.Name} writer failed (a bug): {e.GetType().Name}: {e.Message}");
        }

        return (files, context.Diagnostics);
    }
}
