using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Rebuilds one face of a .ttc collection as a standalone TrueType file (PDFsharp cannot read collections):
/// a new table directory followed by that face's tables, each 4-byte aligned. A plain font file is returned as it is.
/// </summary>
internal static class CollectionExtractor
{
    // The whole-font checksum the 'head' table's checkSumAdjustment makes up (OpenType spec, 'head').
    private const uint FontChecksum = 0xB1B0AFBA;
    private const int Chunk = 1 << 16;

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

    /// <summary>
    /// Writes the face as a standalone file with the table <paramref name="tag"/> replaced by <paramref name="table"/>;
    /// every other table is copied byte for byte (streamed, never the whole font in memory), and the directory's
    /// checksums and head.checkSumAdjustment are computed anew.
    /// </summary>
    public static void Replace(string path, int faceIndex, string tag, byte[] table, Stream destination)
    {
        if (tag == "head") throw new ArgumentException("'head' carries the font's checksum and cannot be replaced", nameof(tag));
        using var file = SfntFile.Open(path);
        var offsets = file.FaceOffsets();
        if (faceIndex < 0 || faceIndex >= offsets.Count) throw new ArgumentOutOfRangeException(nameof(faceIndex));
        var tables = file.Tables(offsets[faceIndex]).OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        if (tables.All(t => t.Tag != tag)) throw new InvalidDataException($"no '{tag}' table");
        if (FontFileReader.Find(tables, "head") is not { Length: >= 12 } headRecord) throw new InvalidDataException("no 'head' table");
        // The head table's checksum is taken with checkSumAdjustment zero; the adjustment is set last.
        var head = file.Read(headRecord);
        head.AsSpan(8, 4).Clear();
        var directory = new byte[12 + tables.Count * 16];
        BinaryPrimitives.WriteUInt32BigEndian(directory, file.SfntVersion(offsets[faceIndex]));
        SfntDirectory.WriteHeader(directory, tables.Count);
        long at = directory.Length;
        var sum = 0u;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var (length, checksum) = t.Tag == tag ? ((uint)table.Length, SfntDirectory.Checksum(table))
                : t.Tag == "head" ? (t.Length, SfntDirectory.Checksum(head)) : (t.Length, Checksum(file, t));
            SfntDirectory.WriteRecord(directory.AsSpan(12 + i * 16), t.Tag, checksum, at, length);
            sum += checksum;
            at += Align(length);
        }

        // Tables start 4-byte aligned and are padded with zeros, so the font's checksum is the sum of the parts'.
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), unchecked(FontChecksum - sum - SfntDirectory.Checksum(directory)));
        destination.Write(directory);
        var buffer = new byte[Chunk];
        foreach (var t in tables)
        {
            if (t.Tag == tag || t.Tag == "head") destination.Write(t.Tag == tag ? table : head);
            else
            {
                for (long done = 0; done < t.Length; done += Chunk)
                {
                    var part = buffer.AsSpan(0, (int)Math.Min(Chunk, t.Length - done));
                    file.ReadInto(t.Offset + done, part);
                    destination.Write(part);
                }
            }

            var length = t.Tag == tag ? (uint)table.Length : t.Length;
            destination.Write(new byte[Align(length) - length]);
        }
    }

    // A table's checksum read from the file in chunks (a multiple of 4 bytes each, so the words line up).
    private static uint Checksum(SfntFile file, SfntTable table)
    {
        var buffer = new byte[(int)Math.Min(Chunk, Align(table.Length))];
        var sum = 0u;
        for (long done = 0; done < table.Length; done += Chunk)
        {
            var part = buffer.AsSpan(0, (int)Math.Min(Chunk, table.Length - done));
            file.ReadInto(table.Offset + done, part);
            sum += SfntDirectory.Checksum(part);
        }

        return sum;
    }

    private static long Align(uint length) => (length + 3L) & ~3L;
}
