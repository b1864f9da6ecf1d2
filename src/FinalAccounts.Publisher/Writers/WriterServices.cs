using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Pdf;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// What writers share within one builder: the font catalog (found on first use) and the PDF engine, which keeps its
/// font and width caches between departments and makes the one <see cref="Pagination"/> every paginated edition
/// follows. Thread-safe.
/// </summary>
public sealed class WriterServices
{
    private readonly Lazy<FontCatalog> fonts;
    private readonly Lazy<PdfWriter> pdf;

    public WriterServices(Func<FontCatalog> fonts)
    {
        this.fonts = new Lazy<FontCatalog>(fonts);
        pdf = new Lazy<PdfWriter>(() => new PdfWriter(this.fonts.Value));
    }

    public FontCatalog Fonts => fonts.Value;

    public PdfWriter Pdf => pdf.Value;

    /// <summary>The document's pagination in this context (figure sizes from its renderer); empty without fonts.</summary>
    public Pagination Paginate(DocumentTree document, WriterContext context, CancellationToken cancellationToken) =>
        Pdf.Layout.Paginate(document, context, cancellationToken);
}
