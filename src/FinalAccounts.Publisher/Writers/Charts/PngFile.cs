using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>Reads what a PNG says about itself (its resolution).</summary>
internal static class PngFile
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

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
}
