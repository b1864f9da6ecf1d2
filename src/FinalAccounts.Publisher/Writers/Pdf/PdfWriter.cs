using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Writes the document as a tagged PDF with embedded font subsets, a TOC with page numbers, bookmarks and landscape
/// pages for wide tables; byte-reproducible. Keep one per process (fonts and widths are cached); thread-safe.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    private readonly bool tagged;

    /// <summary>A writer that finds its fonts in <paramref name="fonts"/>; <paramref name="tagged"/> adds the structure tree (default).</summary>
    public PdfWriter(FontCatalog fonts, bool tagged = true)
    {
        Layout = new PdfLayout(fonts);
        this.tagged = tagged;
    }

    /// <summary>The layout engine (for the one pagination every paginated edition follows).</summary>
    public PdfLayout Layout { get; }

    public void Write(DocumentTree document, WriterContext context, Stream output, CancellationToken cancellationToken)
    {
        var result = Layout.Run(document, context, cancellationToken);
        if (result is null) return;
        var pdf = PdfRenderer.Render(result, document.Info, tagged, cancellationToken);
        PdfOutput.Save(pdf, result, document.Info, output);
    }
}
