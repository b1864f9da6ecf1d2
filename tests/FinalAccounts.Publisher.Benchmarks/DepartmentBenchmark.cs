using BenchmarkDotNet.Attributes;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Docx;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Markdown;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// The sample department (data/2024/hongshan-jkj), warm: reading and checking the data, composing the document, and
/// writing each format, with styles, templates and fonts already loaded (as in a batch).
/// </summary>
[MemoryDiagnoser]
public class DepartmentBenchmark
{
    private string folder = null!;
    private HouseStyle style = null!;
    private TableLayouts layouts = null!;
    private IReadOnlyList<PlacedSection> templates = null!;
    private PdfWriter pdf = null!;
    private DocumentTree document = null!;

    public DocumentStyle Style => style.Document;

    [GlobalSetup]
    public void Setup()
    {
        folder = Paths.SampleDepartment;
        var bag = new DiagnosticBag();
        style = HouseStyleReader.Read(Paths.Templates, "default", bag)!;
        layouts = TableLayouts.Read(style, bag);
        templates = TemplateSetLoader.Load(style, folder, bag);
        pdf = new PdfWriter(FontCatalog.ForSystem());
        document = Compose();
        Pdf();
    }

    /// <summary>Read, check and compose: data folder → document tree.</summary>
    [Benchmark]
    public DocumentTree Compose()
    {
        var load = new DepartmentLoader().Load(folder);
        Checker.Run(load);
        return Composer.Compose(load.Model!, style, templates, layouts, load.Diagnostics).Document!;
    }

    [Benchmark]
    public long Pdf() => Write(pdf, null);

    /// <summary>The PDF of a fresh copy of the document (no cached layout).</summary>
    public long PdfFresh(bool figures = false)
    {
        document = document with { };
        if (!figures) return Pdf();
        charts ??= new FinalAccounts.Publisher.Writers.Charts.ChartRenderer(pdf.Layout.Fonts, style.Document);
        using var stream = new MemoryStream();
        pdf.Write(document, new WriterContext(style.Document, charts, new DiagnosticBag()), stream, CancellationToken.None);
        return stream.Length;
    }

    private FinalAccounts.Publisher.Writers.Charts.ChartRenderer? charts;

    [Benchmark]
    public long Docx() => Write(new DocxWriter(), pdf.Layout.Paginate(document, style.Document));

    [Benchmark]
    public long Markdown() => Write(new MarkdownWriter(), null);

    /// <summary>Everything: compose, then Markdown, Word (TOC filled from the PDF pagination) and PDF.</summary>
    [Benchmark]
    public long AllFormats()
    {
        document = Compose();
        return Markdown() + Docx() + Pdf();
    }

    private long Write(IDocumentWriter writer, FinalAccounts.Publisher.Writers.Shared.Pagination? pages)
    {
        using var stream = new MemoryStream();
        writer.Write(document, new WriterContext(style.Document, null, new DiagnosticBag(), pages), stream, CancellationToken.None);
        return stream.Length;
    }
}
