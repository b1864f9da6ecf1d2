using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers;

/// <summary>Writes a document in one format. Writers know the Document AST and nothing about finance.</summary>
public interface IDocumentWriter
{
    /// <summary>The format name used on the command line: "md", "docx", "pdf", "html".</summary>
    string Format { get; }

    /// <summary>The file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>. Problems go to the context's diagnostics.</summary>
    void Write(DocumentTree document, WriterContext context, Stream output, CancellationToken cancellationToken);
}
