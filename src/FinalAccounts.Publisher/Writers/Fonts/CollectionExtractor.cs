using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Rebuilds one face of a .ttc collection as a standalone TrueType file (PDFsharp cannot read collections):
/// a new table directory followed by that face's tables, each 4-byte aligned. A plain font file is returned as it is.
/// </summary>
internal static class CollectionExtractor
{
    public static byte[] Extract(string path, int faceIndex)
    {
        using var file = SfntFile.Open(path);
        var offsets = file.FaceOffsets();
        if (offsets.Count == 1 && offsets[0] == 0 && faceIndex == 0) return File.ReadAllBytes(path);
        if (faceIndex < 0 || faceIndex >= offsets.Count) throw new ArgumentOutOfRangeException(nameof(faceIndex));
        var version = file.SfntVersion(offsets[faceIndex]);
        var tables = file.Tables(offsets[faceIndex]).OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var headerLength = 12 + tables.Count * 16;
        long total = headerLength;
        foreach (var t in tables) total += Align(t.Length);
        var output = new byte[checked((int)total)];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        SfntDirectory.WriteHeader(span, tables.Count);
        var at = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            SfntDirectory.WriteRecord(span[(12 + i * 16)..], t.Tag, t.Checksum, at, t.Length);
            file.ReadInto(t.Offset, span.Slice(at, (int)t.Length));
            at += (int)Align(t.Length);
        }

        return output;
    }

    private static long Align(uint length) => (length + 3L) & ~3L;
}
