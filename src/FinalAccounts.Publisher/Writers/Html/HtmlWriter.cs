using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// Writes one standalone, printable HTML5 page per document: a header with the title block, the table of contents as a
/// linked list, one section per part, accessible tables (caption, thead, th with scope, spans), figures as inline SVG
/// (or caption and data in words), embedded screen and print CSS, no script and no external resource. Every text from
/// the document is escaped; the same document gives the same bytes.
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    public void Write(DocumentTree document, WriterContext context, Stream output, CancellationToken cancellationToken)
    {
        new HtmlPage(document, context, cancellationToken).Render(output);
    }
}
