using System.Buffers.Binary;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// The compressed pixels of a PNG as a PDF image stream can hold them unchanged: a PNG's IDAT data is a zlib stream of
/// rows, each with a filter byte, which is exactly what FlateDecode with a PNG predictor (/Predictor 15) decodes. Only
/// opaque 8-bit grey or RGB images without interlacing qualify; anything else returns null and goes through PDFsharp.
/// </summary>
internal sealed record PngStream(int Width, int Height, int Colors, byte[] Data)
{
    /// <summary>The image stream of <paramref name="png"/>, or null when it is not a PNG a PDF can take as it is.</summary>
    public static PngStream? TryRead(byte[] png)
    {
        if (PngFile.Chunks(png) is not { } chunks) return null;
        int width = 0, height = 0, colors = 0;
        using var data = PooledStreams.Get("png-idat");
        foreach (var (type, offset, length) in chunks)
        {
            var body = png.AsSpan(offset, length);
            switch (type)
            {
                case "IHDR":
                    if (length != 13) return null;
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    // Bit depth 8; colour type 0 (grey) or 2 (RGB); deflate; adaptive filtering; no interlace.
                    colors = body[9] switch { 0 => 1, 2 => 3, _ => 0 };
                    if (body[8] != 8 || colors == 0 || body[10] != 0 || body[11] != 0 || body[12] != 0 || width <= 0 || height <= 0) return null;
                    break;
                case "tRNS" or "PLTE":
                    return null;
                case "IDAT":
                    data.Write(body);
                    break;
            }
        }

        return colors == 0 || data.Length == 0 ? null : new PngStream(width, height, colors, data.ToArray());
    }
}
