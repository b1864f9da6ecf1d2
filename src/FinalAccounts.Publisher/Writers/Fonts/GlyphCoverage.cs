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
        CmapMappings.ForEach(cmap, (codePoint, glyph) =>
        {
            if (glyph != 0) coverage.Add(codePoint);
        });
        return coverage;
    }
}
