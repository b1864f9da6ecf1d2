using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Writes a font's 'cmap' table (<see cref="CmapMappings"/> reads one): a format 4 subtable (Windows Unicode BMP) and,
/// only when some code point is above the BMP or format 4 cannot hold the mapping, a format 12 subtable (Windows Unicode
/// full repertoire), which readers then prefer.
/// </summary>
internal static class CmapWriter
{
    // A format 4 subtable's length is 16 bits: 16 bytes of header and 8 per segment, one segment for the end mark.
    private const int MaxFormat4Runs = (0xFFFF - 16) / 8 - 1;

    /// <summary>A 'cmap' table for <paramref name="mappings"/> (code point → glyph id, ascending code points, glyphs not 0).</summary>
    public static byte[] Write(IReadOnlyList<(int CodePoint, int Glyph)> mappings)
    {
        for (var i = 1; i < mappings.Count; i++)
        {
            if (mappings[i].CodePoint <= mappings[i - 1].CodePoint) throw new ArgumentException("code points must ascend", nameof(mappings));
        }

        // Format 4 cannot map U+FFFF (its last segment must end there, unmapped).
        var runs = Runs(mappings.TakeWhile(m => m.CodePoint < 0xFFFF).ToList());
        var fits = runs.Count <= MaxFormat4Runs;
        var needs12 = !fits || runs.Sum(r => r.End - r.Start + 1) < mappings.Count;
        // When format 4 overflows it keeps the runs that fit (for readers without format 12); format 12 has them all.
        var format4 = Format4(fits ? runs : runs.Take(MaxFormat4Runs).ToList());
        var subtables = needs12 ? new[] { format4, Format12(mappings) } : [format4];
        var header = 4 + subtables.Length * 8;
        var output = new byte[header + subtables.Sum(s => s.Length)];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)subtables.Length);
        var at = header;
        for (var i = 0; i < subtables.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[(4 + i * 8)..], 3);
            BinaryPrimitives.WriteUInt16BigEndian(span[(6 + i * 8)..], (ushort)(i == 0 ? 1 : 10));
            BinaryPrimitives.WriteUInt32BigEndian(span[(8 + i * 8)..], (uint)at);
            subtables[i].CopyTo(span[at..]);
            at += subtables[i].Length;
        }

        return output;
    }

    // Runs of consecutive code points with consecutive glyphs, each one segment with a delta (no glyph array).
    private static List<(int Start, int End, int Glyph)> Runs(IReadOnlyList<(int CodePoint, int Glyph)> mappings)
    {
        var runs = new List<(int Start, int End, int Glyph)>();
        foreach (var (c, g) in mappings)
        {
            if (g is <= 0 or > 0xFFFF) throw new ArgumentException($"glyph {g} of U+{c:X4} is not a glyph id", nameof(mappings));
            if (runs.Count > 0 && runs[^1].End == c - 1 && runs[^1].Glyph + (c - runs[^1].Start) == g) runs[^1] = runs[^1] with { End = c };
            else runs.Add((c, c, g));
        }

        return runs;
    }

    private static byte[] Format4(IReadOnlyList<(int Start, int End, int Glyph)> runs)
    {
        var segments = runs.Count + 1; // the last segment maps 0xFFFF to nothing, as the format requires
        var table = new byte[16 + segments * 8];
        var t = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(t, 4);
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], (ushort)table.Length);
        BinaryPrimitives.WriteUInt16BigEndian(t[6..], (ushort)(segments * 2));
        var (searchRange, entrySelector) = SfntDirectory.Search(segments);
        BinaryPrimitives.WriteUInt16BigEndian(t[8..], (ushort)(searchRange * 2));
        BinaryPrimitives.WriteUInt16BigEndian(t[10..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(t[12..], (ushort)((segments - searchRange) * 2));
        int ends = 14, starts = ends + segments * 2 + 2, deltas = starts + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            var (start, end, glyph) = s < runs.Count ? runs[s] : (0xFFFF, 0xFFFF, 1 + 0xFFFF);
            BinaryPrimitives.WriteUInt16BigEndian(t[(ends + s * 2)..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(t[(starts + s * 2)..], (ushort)start);
            BinaryPrimitives.WriteUInt16BigEndian(t[(deltas + s * 2)..], (ushort)((glyph - start) & 0xFFFF));
        }

        return table; // idRangeOffset stays 0 for every segment
    }

    private static byte[] Format12(IReadOnlyList<(int CodePoint, int Glyph)> mappings)
    {
        var runs = Runs(mappings);
        var table = new byte[16 + runs.Count * 12];
        var t = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(t, 12);
        BinaryPrimitives.WriteUInt32BigEndian(t[4..], (uint)table.Length);
        BinaryPrimitives.WriteUInt32BigEndian(t[12..], (uint)runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(t[(16 + i * 12)..], (uint)runs[i].Start);
            BinaryPrimitives.WriteUInt32BigEndian(t[(20 + i * 12)..], (uint)runs[i].End);
            BinaryPrimitives.WriteUInt32BigEndian(t[(24 + i * 12)..], (uint)runs[i].Glyph);
        }

        return table;
    }
}
