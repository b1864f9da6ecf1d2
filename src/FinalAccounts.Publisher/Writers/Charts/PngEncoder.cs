using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// Encodes opaque 32-bit pixels as an 8-bit RGB PNG: every row with the "up" filter, deflated by .NET's zlib
/// (zlib-ng), which does in a third of the time what SkiaSharp's bundled zlib does for the same size. The file has only
/// IHDR, pHYs (the resolution), IDAT and IEND, so the same pixels always give the same bytes.
/// </summary>
internal static class PngEncoder
{
    /// <param name="pixels">Rows of <paramref name="width"/> pixels, <paramref name="rowBytes"/> apart, 4 bytes each.</param>
    /// <param name="redFirst">True for RGBA byte order, false for BGRA.</param>
    public static byte[] EncodeRgb(ReadOnlySpan<byte> pixels, int width, int height, int rowBytes, bool redFirst, double dpi)
    {
        using var output = PooledStreams.Get("png");
        output.Write(PngFile.Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        WriteChunk(output, "IHDR", header);
        Span<byte> phys = stackalloc byte[9];
        var perMetre = (uint)Math.Round(dpi / 0.0254, MidpointRounding.AwayFromZero);
        BinaryPrimitives.WriteUInt32BigEndian(phys, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(phys[4..], perMetre);
        phys[8] = 1; // unit: metre
        WriteChunk(output, "pHYs", phys);

        using var compressed = PooledStreams.Get("png-pixels");
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = width * 3;
            var previous = new byte[stride];
            var current = new byte[stride];
            var filtered = new byte[stride + 1];
            filtered[0] = 2; // "up": each byte minus the byte above it
            var (r, b) = redFirst ? (0, 2) : (2, 0);
            for (var y = 0; y < height; y++)
            {
                var row = pixels.Slice(y * rowBytes, width * 4);
                for (int x = 0, o = 0; x < width * 4; x += 4, o += 3)
                {
                    current[o] = row[x + r];
                    current[o + 1] = row[x + 1];
                    current[o + 2] = row[x + b];
                }

                var i = 0;
                for (; i <= stride - Vector<byte>.Count; i += Vector<byte>.Count)
                    (new Vector<byte>(current, i) - new Vector<byte>(previous, i)).CopyTo(filtered, i + 1);
                for (; i < stride; i++) filtered[i + 1] = (byte)(current[i] - previous[i]);
                zlib.Write(filtered);
                (previous, current) = (current, previous);
            }
        }

        WriteChunk(output, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> head = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(head, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, head[4..]);
        output.Write(head);
        output.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Compute(head[4..], data));
        output.Write(crc);
    }
}
