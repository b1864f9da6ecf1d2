using FinalAccounts.Publisher.Writers.Docx;
using FinalAccounts.Publisher.Writers.Html;
using FinalAccounts.Publisher.Writers.Markdown;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// The output formats, in the order a reader is offered them (PDF, Word, web page, Markdown), each registered once:
/// adding a format is one folder under Writers and one line here. The command line, the builder's scheduling, the
/// progress display and the portal index all read this list.
/// </summary>
public sealed class WriterRegistry
{
    private readonly IReadOnlyList<WriterFormat> formats;

    public WriterRegistry(IReadOnlyList<WriterFormat> formats) => this.formats = formats;

    public static WriterRegistry Default { get; } = new([
        new("pdf", ".pdf", new("PDF", "PDF"), new("写 PDF", "writing PDF"),
            FigureFormat.Png, NeedsPagination: true, OnCallerThread: true, s => s.Pdf) { MediaType = "application/pdf" },
        new("docx", ".docx", new("Word", "Word"), new("写 Word", "writing Word"),
            FigureFormat.Png, NeedsPagination: true, OnCallerThread: false, _ => new DocxWriter())
        {
            MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        },
        new("html", ".html", new("网页", "web page"), new("写网页", "writing HTML"),
            FigureFormat.Svg, NeedsPagination: false, OnCallerThread: false, _ => new HtmlWriter()) { MediaType = "text/html" },
        new("md", ".md", new("Markdown", "Markdown"), new("写 Markdown", "writing Markdown"),
            FigureFormat.Png, NeedsPagination: false, OnCallerThread: false, _ => new MarkdownWriter()) { MediaType = "text/markdown" },
    ]);

    /// <summary>Every format, in the order a reader is offered them.</summary>
    public IReadOnlyList<WriterFormat> Formats => formats;

    /// <summary>The formats' names ("pdf", "docx", "html", "md"): the default of <c>--formats</c>.</summary>
    public IReadOnlyList<string> Names => formats.Select(f => f.Name).ToList();

    /// <summary>The format of that name (case-insensitive, spaces ignored), or null.</summary>
    public WriterFormat? Find(string name) =>
        formats.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
