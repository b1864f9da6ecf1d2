using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// Makes an encoded PNG reproducible and self-describing: keeps only the chunks that carry the image (IHDR, PLTE, tRNS,
/// IDAT, IEND) — no time, text or colour-profile chunks that could vary — and adds a pHYs chunk with the resolution.
/// </summary>
internal static class PngFile
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly HashSet<string> Kept = ["IHDR", "PLTE", "tRNS", "IDAT", "IEND"];

    /// <summary>The PNG with only its image chunks and a pHYs of <paramref name="dpi"/>; the input unchanged when it is no PNG.</summary>
    public static byte[] Normalize(byte[] png, double dpi)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature)) return png;
        using var output = new MemoryStream(png.Length + 32);
        output.Write(Signature);
        var at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + length > png.Length) return png;
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            if (Kept.Contains(type)) output.Write(png, at, 12 + length);
            if (type == "IHDR") WriteChunk(output, "pHYs", Phys(dpi));
            at += 12 + length;
            if (type == "IEND") break;
        }

        return output.ToArray();
    }

    /// <summary>The resolution in pixels per inch stored in the pHYs chunk, or null when there is none.</summary>
    public static double? Dpi(byte[] png)
    {
        var at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "pHYs" && length == 9 && png[at + 16] == 1)
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8)) * 0.0254;
            at += 12 + length;
        }

        return null;
    }

    private static byte[] Phys(double dpi)
    {
        var perMetre = (uint)Math.Round(dpi / 0.0254, MidpointRounding.AwayFromZero);
        var data = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(data, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), perMetre);
        data[8] = 1; // unit: metre
        return data;
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        output.Write(header);
        output.Write(data);
        var crc = Crc32.Compute(header[4..], data);
        Span<byte> tail = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        output.Write(tail);
    }
}
