using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>The PNG container: its signature, and its chunks as a reader finds them.</summary>
internal static class PngFile
{
    public static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>
    /// The chunks up to and including IEND, as (type, offset of the data, length of the data); null when the bytes are
    /// no PNG or a chunk runs past their end.
    /// </summary>
    public static List<(string Type, int Offset, int Length)>? Chunks(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature)) return null;
        var chunks = new List<(string, int, int)>();
        var at = Signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > int.MaxValue || at + 12 + (long)length > png.Length) return null;
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            chunks.Add((type, at + 8, (int)length));
            if (type == "IEND") break;
            at += 12 + (int)length;
        }

        return chunks;
    }

    /// <summary>The resolution in pixels per inch stored in the pHYs chunk, or null when there is none.</summary>
    public static double? Dpi(byte[] png)
    {
        foreach (var (type, offset, length) in Chunks(png) ?? [])
        {
            if (type == "pHYs" && length == 9 && png[offset + 8] == 1)
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset)) * 0.0254;
        }

        return null;
    }
}
