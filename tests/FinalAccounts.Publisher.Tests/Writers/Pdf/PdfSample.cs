using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>The sample document written once per test run (fonts from the system folders), shared by the PDF tests.</summary>
internal static class PdfSample
{
    private static readonly Lazy<FontCatalog> LazyCatalog = new(() => FontCatalog.ForSystem());
    private static readonly Lazy<PdfWriter> LazyWriter = new(() => new PdfWriter(Catalog));
    private static readonly Lazy<Built> LazyBuilt = new(() => Build(SampleDocument.Create()));
    private static readonly Lazy<Built> LazyDepartment = new(() => Build(Golden.SampleDisclosure.Get().Document!));

    public static FontCatalog Catalog => LazyCatalog.Value;

    public static PdfWriter Writer => LazyWriter.Value;

    public static Built Sample => LazyBuilt.Value;

    /// <summary>"fixture": the hand-built sample document; "department": the composed sample department (the real disclosure).</summary>
    public static Built Get(string which) => which == "department" ? LazyDepartment.Value : LazyBuilt.Value;

    public static Built Build(DocumentTree document, PdfWriter? writer = null)
    {
        writer ??= Writer;
        var bag = new DiagnosticBag();
        var context = new WriterContext(DocumentStyle.Default, null, bag);
        var layout = writer.Layout.Run(document, context, CancellationToken.None);
        using var stream = new MemoryStream();
        writer.Write(document, new WriterContext(DocumentStyle.Default, null, new DiagnosticBag()), stream, CancellationToken.None);
        return new Built(document, layout, stream.ToArray(), bag);
    }

    internal sealed record Built(DocumentTree Document, LayoutResult? Layout, byte[] Pdf, DiagnosticBag Diagnostics);
}
