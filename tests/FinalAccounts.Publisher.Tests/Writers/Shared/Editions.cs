using System.Text;
using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Shared;

/// <summary>A document written in every registered format, each read back as text, with what each writer reported.</summary>
internal static class Editions
{
    private static readonly WriterServices Services = new(() => PdfSample.Catalog);

    public static IEnumerable<string> Names => WriterRegistry.Default.Names;

    public static Edition Write(string format, DocumentTree document, IFigureRenderer? figures = null, DocumentStyle? style = null)
    {
        var registered = WriterRegistry.Default.Find(format)!;
        var bag = new DiagnosticBag();
        var context = new WriterContext(style ?? DocumentStyle.Default, figures, bag);
        if (registered.NeedsPagination)
        {
            var pages = Services.Paginate(document, context with { Diagnostics = new() }, CancellationToken.None);
            context = context with { Pagination = pages };
        }

        using var stream = new MemoryStream();
        registered.Create(Services).Write(document, context, stream, CancellationToken.None);
        var bytes = stream.ToArray();
        return new Edition(format, bytes, Text(format, bytes), bag.Items.Where(d => d.Severity != Severity.Info).ToList());
    }

    /// <summary>The edition's text without whitespace: Markdown or HTML source, the Word body's text, the PDF's letters.</summary>
    private static string Text(string format, byte[] bytes)
    {
        var text = format switch
        {
            "pdf" => string.Concat(PdfReadBack.PageTexts(bytes)),
            "docx" => Docx(bytes),
            _ => Encoding.UTF8.GetString(bytes),
        };
        return PdfReadBack.Squash(text);
    }

    private static string Docx(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        return string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>An edition: its bytes, its text, and its warnings and errors (information about fonts left out).</summary>
    internal sealed record Edition(string Format, byte[] Bytes, string Text, IReadOnlyList<Diagnostic> Diagnostics);
}
