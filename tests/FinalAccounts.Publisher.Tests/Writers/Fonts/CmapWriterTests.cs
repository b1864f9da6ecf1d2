using System.Buffers.Binary;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

/// <summary>The cmap writer on its own: synthetic mappings written and read back with <see cref="CmapMappings"/>.</summary>
public sealed class CmapWriterTests
{
    private static List<(int CodePoint, int Glyph)> ReadBack(byte[] cmap)
    {
        var read = new List<(int, int)>();
        CmapMappings.ForEach(cmap, (c, g) =>
        {
            if (g != 0) read.Add((c, g));
        });
        return read;
    }

    private static List<(int Platform, int Encoding, int Format)> Subtables(byte[] cmap)
    {
        var list = new List<(int, int, int)>();
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2)); i++)
        {
            var r = cmap.AsSpan(4 + i * 8);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(r[4..]);
            list.Add((BinaryPrimitives.ReadUInt16BigEndian(r), BinaryPrimitives.ReadUInt16BigEndian(r[2..]),
                BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(offset))));
        }

        return list;
    }

    [Test]
    public void A_bmp_mapping_is_written_as_one_windows_unicode_format_4_subtable_and_reads_back_the_same()
    {
        // Runs with consecutive glyphs, single characters, a glyph shared by two characters, glyph ids above 32767.
        List<(int, int)> mappings = [(0x20, 3), (0x21, 4), (0x22, 5), (0x41, 36), (0x3001, 900), (0x4E00, 40000),
            (0x4E01, 40001), (0x4E03, 40002), (0x9FA5, 7), (0xFF05, 900), (0xFFFD, 65535)];
        var cmap = CmapWriter.Write(mappings);
        Assert.That(Subtables(cmap), Is.EqualTo(new[] { (3, 1, 4) }));
        Assert.That(ReadBack(cmap), Is.EqualTo(mappings));
        var format4 = cmap.AsSpan(12);
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(format4[2..]), Is.EqualTo(format4.Length), "subtable length");
        var segments = BinaryPrimitives.ReadUInt16BigEndian(format4[6..]) / 2;
        Assert.That(segments, Is.EqualTo(9), "8 runs of consecutive characters and glyphs, and the 0xFFFF end mark");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(format4[8..]), Is.EqualTo(16), "searchRange = 2 × 8");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(format4[10..]), Is.EqualTo(3), "entrySelector = log2 8");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(format4[12..]), Is.EqualTo(2), "rangeShift = 2 × 9 − 16");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(format4[(14 + (segments - 1) * 2)..]), Is.EqualTo(0xFFFF), "last end code");
    }

    [Test]
    public void Characters_above_the_bmp_add_a_format_12_subtable_that_holds_every_mapping()
    {
        List<(int, int)> mappings = [(0x41, 36), (0x4E2D, 100), (0x20000, 101), (0x20001, 102), (0x2A6D6, 5)];
        var cmap = CmapWriter.Write(mappings);
        Assert.That(Subtables(cmap), Is.EqualTo(new[] { (3, 1, 4), (3, 10, 12) }));
        Assert.That(ReadBack(cmap), Is.EqualTo(mappings), "the reader prefers format 12");
    }

    [Test]
    public void A_mapping_too_large_for_format_4_keeps_every_character_in_format_12()
    {
        // Every other character with unrelated glyphs: one segment each, more than a 16-bit subtable holds.
        var mappings = Enumerable.Range(0, 9000).Select(i => (0x100 + i * 2, 1 + i * 3 % 8999)).ToList();
        var cmap = CmapWriter.Write(mappings);
        Assert.That(Subtables(cmap), Is.EqualTo(new[] { (3, 1, 4), (3, 10, 12) }));
        Assert.That(ReadBack(cmap), Is.EqualTo(mappings));
    }

    [Test]
    public void Code_points_out_of_order_or_glyph_zero_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CmapWriter.Write([(0x42, 1), (0x41, 2)]));
        Assert.Throws<ArgumentException>(() => CmapWriter.Write([(0x41, 0)]));
    }
}
