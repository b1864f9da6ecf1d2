using System.Buffers.Binary;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

/// <summary>The reduced-cmap font file: a correct table directory, the face's other tables unchanged, the common characters only.</summary>
public sealed class ReducedCmapFontTests
{
    private static FontFace Face(string family) =>
        PdfSample.Catalog.FindFamily(family).FirstOrDefault() ?? throw new AssertionException($"no '{family}' font installed");

    private static (IReadOnlyList<SfntTable> Tables, byte[] Data) Open(byte[] data)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fa-reduced-{Guid.NewGuid():N}.ttf");
        try
        {
            File.WriteAllBytes(file, data);
            using var font = SfntFile.Open(file);
            return (font.Tables(0), data);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("WenQuanYi Zen Hei")]
    [TestCase("AR PL UMing CN")]
    public void Every_table_checksum_and_the_whole_font_checksum_are_right(string family)
    {
        var reduced = ReducedCmapFont.Build(Face(family)) ?? throw new AssertionException("not reduced");
        var (tables, data) = Open(reduced.ToArray());
        foreach (var table in tables)
        {
            var body = data.AsSpan((int)table.Offset, (int)table.Length).ToArray();
            if (table.Tag == "head") body.AsSpan(8, 4).Clear();
            uint sum = 0;
            for (var i = 0; i < body.Length; i += 4)
            {
                var word = new byte[4];
                body.AsSpan(i, Math.Min(4, body.Length - i)).CopyTo(word);
                sum += BinaryPrimitives.ReadUInt32BigEndian(word);
            }

            Assert.That(table.Checksum, Is.EqualTo(sum), $"'{table.Tag}' checksum");
            Assert.That(table.Offset % 4, Is.Zero, $"'{table.Tag}' aligned");
        }

        uint whole = 0;
        for (var i = 0; i < data.Length; i += 4) whole += BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i));
        Assert.That(data.Length % 4, Is.Zero);
        Assert.That(whole, Is.EqualTo(0xB1B0AFBA), "head.checkSumAdjustment makes the font's checksum 0xB1B0AFBA");
    }

    [TestCase("WenQuanYi Zen Hei")]
    [TestCase("AR PL UMing CN")]
    public void Only_the_cmap_changes_and_it_maps_the_common_characters_the_face_has_to_the_same_glyphs(string family)
    {
        var face = Face(family);
        var reduced = ReducedCmapFont.Build(face) ?? throw new AssertionException("not reduced");
        var (tables, data) = Open(reduced.ToArray());
        using var original = SfntFile.Open(face.Path);
        var before = original.Tables(original.FaceOffsets()[face.FaceIndex]).ToDictionary(t => t.Tag);
        Assert.That(tables.Select(t => t.Tag), Is.EquivalentTo(before.Keys));
        foreach (var table in tables.Where(t => t.Tag is not "cmap" and not "head"))
        {
            Assert.That(data.AsSpan((int)table.Offset, (int)table.Length).SequenceEqual(original.Read(before[table.Tag])), Is.True, table.Tag);
        }

        var head = original.Read(before["head"]);
        var newHead = data.AsSpan((int)tables.Single(t => t.Tag == "head").Offset, head.Length).ToArray();
        Assert.That(newHead.AsSpan(12).SequenceEqual(head.AsSpan(12)) && newHead.AsSpan(0, 8).SequenceEqual(head.AsSpan(0, 8)), Is.True,
            "'head' differs only in checkSumAdjustment");

        var full = new Dictionary<int, int>();
        CmapMappings.ForEach(original.Read(before["cmap"]), (c, g) =>
        {
            if (g != 0) full.TryAdd(c, g);
        });
        var cmap = tables.Single(t => t.Tag == "cmap");
        var mapped = new Dictionary<int, int>();
        CmapMappings.ForEach(data.AsSpan((int)cmap.Offset, (int)cmap.Length).ToArray(), (c, g) =>
        {
            if (g != 0) mapped.Add(c, g);
        });
        Assert.That(mapped.Keys, Is.EquivalentTo(full.Keys.Where(reduced.Characters.Contains)));
        Assert.That(mapped.Keys.All(CommonCharacters.Contains), Is.True);
        Assert.That(mapped, Has.Count.GreaterThan(7000), "letters, punctuation, symbols and the GB 2312 hanzi");
        Assert.That(full, Has.Count.GreaterThan(2 * mapped.Count), "a CJK face maps far more");
        foreach (var (c, g) in mapped) Assert.That(g, Is.EqualTo(full[c]), $"U+{c:X4}");
    }

    [Test]
    public void A_face_without_rare_characters_keeps_its_own_cmap() => Assert.That(ReducedCmapFont.Build(Face("DejaVu Sans")), Is.Null);

    [Test]
    public void A_file_that_is_not_a_font_is_not_reduced()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fa-notfont-{Guid.NewGuid():N}.ttf");
        try
        {
            File.WriteAllText(file, "not a font at all, but long enough to have a header");
            Assert.That(ReducedCmapFont.Build(new FontFace(file, 0, ["X"], "X", false, false, FontOutline.TrueType)), Is.Null);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
