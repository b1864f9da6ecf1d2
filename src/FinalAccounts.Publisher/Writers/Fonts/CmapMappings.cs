using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Walks the character-to-glyph mappings of a face's 'cmap' table: its best Unicode subtable, format 12 (full
/// Unicode) before format 4 (the BMP). What a face can set (<see cref="GlyphCoverage"/>) and which glyphs the common
/// characters need (<see cref="CommonFace"/>) both read the table through here.
/// </summary>
internal static class CmapMappings
{
    private const int MaxCodePoint = 0x110000;

    /// <summary>Calls <paramref name="visit"/> with every code point the subtable lists and its glyph id (0 included).</summary>
    public static void ForEach(byte[] cmap, Action<int, int> visit)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        int best = -1, bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var r = cmap.AsSpan(4 + i * 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(r[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(r[4..]);
            if (offset + 2 > cmap.Length) continue;
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(offset));
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            var rank = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
            if (rank > bestRank)
            {
                best = offset;
                bestRank = rank;
            }
        }

        if (best < 0) throw new InvalidDataException("no Unicode 'cmap' subtable of format 4 or 12");
        if (bestRank == 2) Format12(cmap.AsSpan(best), visit);
        else Format4(cmap.AsSpan(best), visit);
    }

    private static void Format12(ReadOnlySpan<byte> t, Action<int, int> visit)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        for (var g = 0; g < groups; g++)
        {
            var r = t[(16 + g * 12)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(r);
            var end = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(r[4..]), MaxCodePoint - 1);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(r[8..]);
            for (var c = start; c <= end; c++) visit(c, (int)(glyph + (uint)(c - start)));
        }
    }

    private static void Format4(ReadOnlySpan<byte> t, Action<int, int> visit)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(t[6..]) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(t[(ends + s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + s * 2)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + s * 2)..]);
            var rangeAt = rangeOffsets + s * 2;
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(t[rangeAt..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = rangeAt + rangeOffset + (c - start) * 2;
                    if (at + 2 > t.Length) continue;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(t[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }

                visit(c, glyph);
            }
        }
    }
}
