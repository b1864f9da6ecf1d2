using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Writes the document as a Word file: real styles from the house style, landscape sections for wide tables, a filled
/// TOC field, page-number footers and document properties. Same document and style → byte-identical file.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public void Write(DocumentTree document, WriterContext context, Stream output, CancellationToken cancellationToken)
    {
        using var buffer = PooledStreams.Get("docx");
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, DocxIds.Main);
            new DocxBuilder(document, context, main).Build(cancellationToken);
            PackageProperties.Write(package, document.Info, DocxIds.CoreProperties, DocxIds.AppProperties);
        }

        PackageNormalizer.Normalize(buffer, output, document.Info.Date);
    }
}
