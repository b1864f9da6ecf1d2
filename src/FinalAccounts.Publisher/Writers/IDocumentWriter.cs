using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// Writes a document in one format. Writers know the Document AST and nothing about finance; their name, extension and
/// needs are registered once in <see cref="WriterRegistry"/>.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>. Problems go to the context's diagnostics.</summary>
    void Write(DocumentTree document, WriterContext context, Stream output, CancellationToken cancellationToken);

    /// <summary>Files published beside the document (the Markdown's figure images); none by default.</summary>
    IEnumerable<CompanionFile> Companions(DocumentTree document, WriterContext context) => [];
}
