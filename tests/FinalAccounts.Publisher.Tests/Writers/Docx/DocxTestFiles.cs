using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Docx;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>Writes documents with <see cref="DocxWriter"/> for tests and opens the result.</summary>
internal static class DocxTestFiles
{
    public static byte[] Write(DocumentTree? document = null, WriterContext? context = null)
    {
        context ??= new WriterContext(DocumentStyle.Default, null, new DiagnosticBag());
        using var output = new MemoryStream();
        new DocxWriter().Write(document ?? SampleDocument.Create(), context, output, CancellationToken.None);
        return output.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>A fresh directory under the system temp folder, deleted by the caller.</summary>
    public static string TempDirectory(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + "-" + Environment.ProcessId + "-" + Interlocked.Increment(ref counter));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static int counter;
}
