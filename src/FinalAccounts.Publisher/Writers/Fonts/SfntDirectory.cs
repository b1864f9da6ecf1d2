using System.Buffers.Binary;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>The table directory of a standalone TrueType file the writers build (a face out of a collection, a cut-down face).</summary>
internal static class SfntDirectory
{
    /// <summary>numTables, searchRange, entrySelector and rangeShift, after the 4-byte version.</summary>
    public static void WriteHeader(Span<byte> file, int tableCount)
    {
        var (power, log2) = Search(tableCount);
        BinaryPrimitives.WriteUInt16BigEndian(file[4..], (ushort)tableCount);
        BinaryPrimitives.WriteUInt16BigEndian(file[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(file[8..], (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(file[10..], (ushort)(tableCount * 16 - power * 16));
    }

    /// <summary>
    /// The largest power of two not above <paramref name="count"/> and its log2, from which a binary search's header
    /// fields (searchRange, entrySelector, rangeShift) are made: here, and in a 'cmap' format 4 subtable.
    /// </summary>
    public static (int Power, int Log2) Search(int count)
    {
        int power = 1, log2 = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log2++;
        }

        return (power, log2);
    }

    /// <summary>One 16-byte table record: tag, checksum, offset, length.</summary>
    public static void WriteRecord(Span<byte> record, string tag, uint checksum, long offset, long length)
    {
        System.Text.Encoding.ASCII.GetBytes(tag, record);
        BinaryPrimitives.WriteUInt32BigEndian(record[4..], checksum);
        BinaryPrimitives.WriteUInt32BigEndian(record[8..], checked((uint)offset));
        BinaryPrimitives.WriteUInt32BigEndian(record[12..], checked((uint)length));
    }

    /// <summary>A table's checksum: the sum of its big-endian 32-bit words, the table zero-padded to a multiple of four.</summary>
    public static uint Checksum(ReadOnlySpan<byte> table)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= table.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(table[i..]);
        if (i < table.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            table[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return sum;
    }
}
