using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// The compressed pixels of a PNG as a PDF image stream can hold them unchanged: a PNG's IDAT data is a zlib stream of
/// rows, each with a filter byte, which is exactly what FlateDecode with a PNG predictor (/Predictor 15) decodes. Only
/// opaque 8-bit grey or RGB images without interlacing qualify; anything else returns null and goes through PDFsharp.
/// </summary>
internal sealed record PngStream(int Width, int Height, int Colors, byte[] Data)
{
    private static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>The image stream of <paramref name="png"/>, or null when it is not a PNG a PDF can take as it is.</summary>
    public static PngStream? TryRead(byte[] png)
    {
        if (png.Length < Signature.Length + 25 || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature)) return null;
        int width = 0, height = 0, colors = 0;
        using var data = new MemoryStream();
        var at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > int.MaxValue || at + 12 + (long)length > png.Length) return null;
            var type = png.AsSpan(at + 4, 4);
            var body = png.AsSpan(at + 8, (int)length);
            if (type.SequenceEqual("IHDR"u8))
            {
                if (length != 13) return null;
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                // Bit depth 8; colour type 0 (grey) or 2 (RGB); deflate; adaptive filtering; no interlace.
                colors = body[9] switch { 0 => 1, 2 => 3, _ => 0 };
                if (body[8] != 8 || colors == 0 || body[10] != 0 || body[11] != 0 || body[12] != 0 || width <= 0 || height <= 0) return null;
            }
            else if (type.SequenceEqual("tRNS"u8) || type.SequenceEqual("PLTE"u8))
            {
                return null;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                data.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            at += 12 + (int)length;
        }

        return colors == 0 || data.Length == 0 ? null : new PngStream(width, height, colors, data.ToArray());
    }
}
