using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>The code points a face maps to a real glyph, read from its 'cmap' (formats 4 and 12): one bit per code point.</summary>
internal sealed class GlyphCoverage
{
    private const int MaxCodePoint = 0x110000;
    private readonly ulong[] bits = new ulong[MaxCodePoint / 64];

    public int Count { get; private set; }

    public bool Has(int codePoint) => (uint)codePoint < MaxCodePoint && (bits[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;

    private void Add(int codePoint)
    {
        if ((uint)codePoint >= MaxCodePoint || Has(codePoint)) return;
        bits[codePoint >> 6] |= 1UL << (codePoint & 63);
        Count++;
    }

    public static GlyphCoverage Read(FontFace face)
    {
        using var file = SfntFile.Open(face.Path);
        var offsets = file.FaceOffsets();
        var tables = file.Tables(offsets[face.FaceIndex]);
        var cmap = FontFileReader.Find(tables, "cmap") ?? throw new InvalidDataException("no 'cmap' table");
        return Parse(file.Read(cmap));
    }

    internal static GlyphCoverage Parse(byte[] cmap)
    {
        var coverage = new GlyphCoverage();
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
        if (bestRank == 2) ReadFormat12(cmap.AsSpan(best), coverage);
        else ReadFormat4(cmap.AsSpan(best), coverage);
        return coverage;
    }

    private static void ReadFormat12(ReadOnlySpan<byte> t, GlyphCoverage coverage)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        for (var g = 0; g < groups; g++)
        {
            var r = t[(16 + g * 12)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(r);
            var end = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(r[4..]), MaxCodePoint - 1);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(r[8..]);
            for (var c = start; c <= end; c++)
            {
                if (glyph + (uint)(c - start) != 0) coverage.Add(c);
            }
        }
    }

    private static void ReadFormat4(ReadOnlySpan<byte> t, GlyphCoverage coverage)
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

                if (glyph != 0) coverage.Add(c);
            }
        }
    }
}
