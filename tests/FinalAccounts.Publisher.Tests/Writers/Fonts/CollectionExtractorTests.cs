using System.Buffers.Binary;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

public sealed class CollectionExtractorTests
{
    [Test]
    public void A_later_face_of_a_collection_keeps_every_table_byte_for_byte_four_byte_aligned_with_zero_padding()
    {
        var face = PdfSample.Catalog.Faces.First(f => f.Path.EndsWith("uming.ttc", StringComparison.Ordinal) && f.FaceIndex > 0);
        var extracted = CollectionExtractor.Extract(face.Path, face.FaceIndex);
        var file = Path.Combine(Path.GetTempPath(), $"fa-extract-{Guid.NewGuid():N}.ttf");
        try
        {
            File.WriteAllBytes(file, extracted);
            using var original = SfntFile.Open(face.Path);
            using var alone = SfntFile.Open(file);
            Assert.That(alone.FaceOffsets(), Is.EqualTo(new long[] { 0 }), "a plain font, not a collection");
            var before = original.Tables(original.FaceOffsets()[face.FaceIndex]).ToDictionary(t => t.Tag);
            var after = alone.Tables(0);
            Assert.That(after.Select(t => t.Tag), Is.EquivalentTo(before.Keys));
            Assert.That(after.Select(t => t.Tag), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            var end = 12 + after.Count * 16L;
            foreach (var table in after)
            {
                Assert.That(table.Offset % 4, Is.Zero, table.Tag);
                Assert.That(extracted.AsSpan((int)end, (int)(table.Offset - end)).IndexOfAnyExcept((byte)0), Is.EqualTo(-1), $"padding before '{table.Tag}'");
                Assert.That(table.Checksum, Is.EqualTo(before[table.Tag].Checksum), table.Tag);
                Assert.That(alone.Read(table).AsSpan().SequenceEqual(original.Read(before[table.Tag])), Is.True, $"'{table.Tag}' bytes");
                end = table.Offset + table.Length;
            }

            Assert.That(extracted.Length - end, Is.InRange(0, 3));
            Assert.That(BinaryPrimitives.ReadUInt16BigEndian(extracted.AsSpan(4)), Is.EqualTo(after.Count));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Reading_past_the_end_of_a_font_file_is_invalid_data()
    {
        var face = PdfSample.Catalog.FindFamily("AR PL UKai CN")[0];
        using var file = SfntFile.Open(face.Path);
        Assert.Throws<InvalidDataException>(() => file.ReadInto(file.Length - 2, new byte[4]));
        Assert.Throws<InvalidDataException>(() => file.Read(file.Length - 2, 4));
        Assert.Throws<InvalidDataException>(() => file.ReadInto(-1, new byte[1]));
        var last = new byte[2];
        file.ReadInto(file.Length - 2, last);
        Assert.That(last, Is.EqualTo(file.Read(file.Length - 2, 2)));
    }
}
