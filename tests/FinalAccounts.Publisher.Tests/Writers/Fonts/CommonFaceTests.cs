using System.Buffers.Binary;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

public sealed class CommonFaceTests
{
    private static readonly Lazy<(FontFace Face, Sfnt Whole, Sfnt Cut, byte[] CutBytes)> Ming = new(() =>
    {
        var face = PdfSample.Catalog.FindFamily("AR PL UMing CN")[0];
        var cut = CommonFace.Build(face.Path, face.FaceIndex)!;
        return (face, new Sfnt(CollectionExtractor.Extract(face.Path, face.FaceIndex)), new Sfnt(cut), cut);
    });

    [Test]
    public void Every_table_but_the_outlines_their_index_and_the_names_is_the_whole_faces_byte_for_byte()
    {
        var (_, whole, cut, _) = Ming.Value;
        Assert.That(cut.Tags, Is.EqualTo(whole.Tags));
        Assert.That(cut.Table("name").SequenceEqual(CommonFace.Renamed(whole.Table("name").ToArray())), Is.True);
        foreach (var tag in whole.Tags.Where(t => t is not "glyf" and not "loca" and not "name"))
        {
            Assert.That(cut.Table(tag).SequenceEqual(whole.Table(tag)), Is.True, tag);
            Assert.That(cut.Checksum(tag), Is.EqualTo(whole.Checksum(tag)), tag);
        }
    }

    [Test]
    public void The_directory_gives_each_table_its_true_checksum_at_a_four_byte_aligned_offset()
    {
        var cut = Ming.Value.Cut;
        foreach (var tag in cut.Tags)
        {
            Assert.That(cut.Offset(tag) % 4, Is.Zero, tag);
            var padded = cut.Bytes.AsSpan(cut.Offset(tag), (cut.Table(tag).Length + 3) & ~3);
            Assert.That(SfntDirectory.Checksum(padded), Is.EqualTo(cut.Checksum(tag)), tag);
        }
    }

    [Test]
    public void Common_characters_keep_their_glyphs_rare_ones_are_emptied_and_the_file_is_far_smaller()
    {
        var (_, whole, cut, bytes) = Ming.Value;
        Assert.That(cut.GlyphCount, Is.EqualTo(whole.GlyphCount));
        var glyphs = new Dictionary<int, int>();
        CmapMappings.ForEach(whole.Table("cmap").ToArray(), (c, g) => glyphs[c] = g);
        foreach (var c in "中华人民共和国部门决算（）万元，。：；1234567890%ABC—“”《》①镑亍".EnumerateRunes())
        {
            var g = glyphs[c.Value];
            Assert.That(whole.Glyph(g).Length, Is.GreaterThan(0), c.ToString());
            Assert.That(cut.Glyph(g).SequenceEqual(whole.Glyph(g)), Is.True, c.ToString());
        }

        foreach (var c in new[] { 0x9555, 0x5570 })
        {
            Assert.That(whole.Glyph(glyphs[c]).Length, Is.GreaterThan(0));
            Assert.That(cut.Glyph(glyphs[c]).Length, Is.Zero, $"U+{c:X4}");
        }

        Assert.That(bytes.Length, Is.LessThan(whole.Bytes.Length * 0.45), $"{bytes.Length:N0} of {whole.Bytes.Length:N0} bytes");
    }

    [Test]
    public void A_kept_glyph_is_the_whole_faces_glyph_and_a_kept_composite_keeps_its_components()
    {
        var (_, whole, cut, _) = Ming.Value;
        var kept = 0;
        for (var g = 0; g < whole.GlyphCount; g++)
        {
            var glyph = cut.Glyph(g);
            if (glyph.Length == 0) continue;
            kept++;
            Assert.That(glyph.SequenceEqual(whole.Glyph(g)), Is.True, $"glyph {g}");
            foreach (var component in Sfnt.Components(glyph))
                Assert.That(cut.Glyph(component).Length, Is.EqualTo(whole.Glyph(component).Length), $"glyph {g}'s component {component}");
        }

        Assert.That(kept, Is.InRange(6763, whole.GlyphCount / 2));
    }

    [Test]
    public void The_cut_is_a_face_PDFsharp_and_SkiaSharp_read_with_the_same_names_and_metrics()
    {
        var (_, whole, cut, bytes) = Ming.Value;
        using var typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(bytes));
        Assert.That(typeface, Is.Not.Null);
        Assert.That(typeface.FamilyName, Is.EqualTo("AR PL UMing CN"));
        Assert.That(typeface.GlyphCount, Is.EqualTo(whole.GlyphCount));
        using var font = new SkiaSharp.SKFont(typeface);
        Assert.That(font.GetGlyph('决'), Is.GreaterThan((ushort)0));
        Assert.That(cut.Table("hmtx").SequenceEqual(whole.Table("hmtx")), Is.True);
    }

    [Test]
    public void Only_the_full_names_get_the_suffix_in_each_platforms_encoding()
    {
        var whole = Ming.Value.Whole.Table("name").ToArray();
        var renamed = CommonFace.Renamed(whole);
        var before = Sfnt.Names(whole);
        var after = Sfnt.Names(renamed);
        Assert.That(after.Select(n => (n.Platform, n.Id)), Is.EqualTo(before.Select(n => (n.Platform, n.Id))));
        Assert.That(before.Count(n => n.Id == 4), Is.GreaterThan(0));
        for (var i = 0; i < before.Count; i++)
        {
            var expected = before[i].Id != 4 ? before[i].Text : before[i].Text + CommonFace.NameSuffix;
            Assert.That(after[i].Text, Is.EqualTo(expected), $"name {before[i].Id} on platform {before[i].Platform}");
        }
    }

    [TestCase("AR PL UMing CN (common)", "AR PL UMing CN")]
    [TestCase("AR PL UMing CN (common),Bold", "AR PL UMing CN,Bold")]
    [TestCase("AR PL UMing CN", "AR PL UMing CN")]
    [TestCase("X (common) Y", "X (common) Y")]
    public void A_cuts_name_in_the_PDF_is_the_whole_faces(string written, string expected) =>
        Assert.That(CommonFace.WholeName(written), Is.EqualTo(expected));

    /// <summary>A standalone TrueType file's tables and glyphs, read from its bytes.</summary>
    internal sealed class Sfnt(byte[] bytes)
    {
        public byte[] Bytes => bytes;

        public List<string> Tags => Records().Select(r => r.Tag).ToList();

        public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);

        public ReadOnlySpan<byte> Table(string tag)
        {
            var r = Records().Single(x => x.Tag == tag);
            return bytes.AsSpan(r.Offset, r.Length);
        }

        public int Offset(string tag) => Records().Single(x => x.Tag == tag).Offset;

        public uint Checksum(string tag) => Records().Single(x => x.Tag == tag).Checksum;

        public ReadOnlySpan<byte> Glyph(int glyph)
        {
            var longOffsets = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) != 0;
            var loca = Table("loca");
            var start = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2;
            var end = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4 + 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2 + 2)..]) * 2;
            return Table("glyf")[start..end];
        }

        public static List<int> Components(ReadOnlySpan<byte> glyph)
        {
            var list = new List<int>();
            if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0) return list;
            var at = 10;
            while (true)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                list.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
                at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 0x80) != 0 ? 8 : (flags & 0x40) != 0 ? 4 : (flags & 0x8) != 0 ? 2 : 0);
                if ((flags & 0x20) == 0) return list;
            }
        }

        public static List<(int Platform, int Id, string Text)> Names(byte[] name)
        {
            var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
            var storage = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
            return Enumerable.Range(0, count).Select(i =>
            {
                var r = name.AsSpan(6 + i * 12);
                var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
                var text = name.AsSpan(storage + BinaryPrimitives.ReadUInt16BigEndian(r[10..]), BinaryPrimitives.ReadUInt16BigEndian(r[8..]));
                var decoded = platform == 1 ? System.Text.Encoding.Latin1.GetString(text) : System.Text.Encoding.BigEndianUnicode.GetString(text);
                return ((int)platform, (int)BinaryPrimitives.ReadUInt16BigEndian(r[6..]), decoded);
            }).ToList();
        }

        private List<(string Tag, uint Checksum, int Offset, int Length)> Records()
        {
            var count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
            return Enumerable.Range(0, count).Select(i =>
            {
                var r = bytes.AsSpan(12 + i * 16);
                return (System.Text.Encoding.ASCII.GetString(r[..4]), BinaryPrimitives.ReadUInt32BigEndian(r[4..]),
                    (int)BinaryPrimitives.ReadUInt32BigEndian(r[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(r[12..]));
            }).ToList();
        }
    }
}
