using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Rebuilds one face of a .ttc collection as a standalone TrueType file (PDFsharp cannot read collections):
/// a new table directory followed by that face's tables, each 4-byte aligned. A plain font file is returned as it is.
/// The same assembly, with some tables replaced, makes the PDF's cut-down faces (<see cref="CommonFace"/>); a face with
/// its 'cmap' replaced is streamed (<see cref="Replace"/>) for the charts.
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
        return Assemble(file, offsets[faceIndex], SortedTables(file, offsets[faceIndex]), _ => null);
    }

    /// <summary>A face's tables in tag order, the order a standalone file written here lists and stores them in.</summary>
    public static List<SfntTable> SortedTables(SfntFile file, long faceOffset) =>
        file.Tables(faceOffset).OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();

    /// <summary>How to write a replaced table: its length, and what fills its bytes.</summary>
    public delegate void TableFill(Span<byte> target);

    /// <summary>
    /// A standalone file in memory: the directory, then each of <paramref name="tables"/> 4-byte aligned and
    /// zero-padded, either as <paramref name="replaced"/> gives it (length and fill; its checksum computed) or copied from
    /// the face with the checksum the face gives. 'head' is copied as it is unless replaced, checkSumAdjustment included.
    /// </summary>
    public static byte[] Assemble(SfntFile file, long faceOffset, List<SfntTable> tables, Func<string, (long Length, TableFill Fill)?> replaced)
    {
        var replacements = tables.ToDictionary(t => t.Tag, t => replaced(t.Tag), StringComparer.Ordinal);
        long Length(SfntTable t) => replacements[t.Tag] is { } r ? r.Length : t.Length;
        var headerLength = 12 + tables.Count * 16;
        var total = headerLength + tables.Sum(t => Align(Length(t)));
        var output = new byte[checked((int)total)];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, file.SfntVersion(faceOffset));
        SfntDirectory.WriteHeader(span, tables.Count);
        var at = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var length = (int)Length(t);
            var replacement = replacements[t.Tag];
            if (replacement is { } r) r.Fill(span.Slice(at, length));
            else file.ReadInto(t.Offset, span.Slice(at, length));
            var checksum = replacement is null ? t.Checksum : SfntDirectory.Checksum(span.Slice(at, (int)Align(length)));
            SfntDirectory.WriteRecord(span[(12 + i * 16)..], t.Tag, checksum, at, length);
            at += (int)Align(length);
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
        var tables = SortedTables(file, offsets[faceIndex]);
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

    private static long Align(long length) => (length + 3L) & ~3L;
}
