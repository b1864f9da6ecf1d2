using System.IO.Compression;
using PdfSharp.Pdf;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Completes the streams PDFsharp deflated itself (images it imports and their soft masks): PDFsharp writes a zlib
/// header and the deflate data but not the Adler-32 checksum that ends a zlib stream. The data are inflated and
/// deflated again as a whole zlib stream.
/// </summary>
internal static class PdfSharpFlate
{
    public static void Complete(PdfDictionary? image)
    {
        if (image?.Stream is not { } stream || image.Elements.GetName("/Filter") != "/FlateDecode") return;
        var raw = stream.Value;
        if (raw.Length < 2) return;
        using var inflated = new MemoryStream(raw.Length * 4);
        // PDFsharp's two header bytes, then raw deflate data.
        var data = new MemoryStream(raw, 2, raw.Length - 2, false);
        using (var inflate = new DeflateStream(data, CompressionMode.Decompress)) inflate.CopyTo(inflated);
        using var deflated = new MemoryStream(raw.Length + 64);
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(inflated.GetBuffer(), 0, (int)inflated.Length);
        stream.Value = deflated.ToArray();
        Complete(image.Elements.GetDictionary("/SMask"));
    }
}
