using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Reads the table directories of a TrueType/OpenType file or .ttc collection without loading the whole file.
/// Malformed files throw <see cref="InvalidDataException"/>; the catalog records them as skipped.
/// </summary>
internal sealed class SfntFile : IDisposable
{
    private const uint TtcTag = 0x74746366; // 'ttcf'
    private readonly SafeFileHandle handle;

    private SfntFile(string path)
    {
        Path = path;
        handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Length = RandomAccess.GetLength(handle);
    }

    public string Path { get; }

    public long Length { get; }

    public static SfntFile Open(string path) => new(path);

    /// <summary>The offsets of the faces' table directories: one for a plain font, several for a collection.</summary>
    public IReadOnlyList<long> FaceOffsets()
    {
        var head = Read(0, 12);
        if (BinaryPrimitives.ReadUInt32BigEndian(head) != TtcTag) return [0];
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(8));
        if (count is <= 0 or > 1024) throw new InvalidDataException("bad collection header");
        var offsets = Read(12, count * 4);
        var result = new long[count];
        for (var i = 0; i < count; i++) result[i] = BinaryPrimitives.ReadUInt32BigEndian(offsets.AsSpan(i * 4));
        return result;
    }

    /// <summary>The tables of the face whose directory starts at <paramref name="offset"/>, in directory order.</summary>
    public IReadOnlyList<SfntTable> Tables(long offset)
    {
        var header = Read(offset, 12);
        var count = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
        var records = Read(offset + 12, count * 16);
        var tables = new SfntTable[count];
        for (var i = 0; i < count; i++)
        {
            var r = records.AsSpan(i * 16);
            var tag = System.Text.Encoding.ASCII.GetString(r[..4]);
            var start = BinaryPrimitives.ReadUInt32BigEndian(r[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(r[12..]);
            if (start + (long)length > Length) throw new InvalidDataException($"table '{tag}' runs past the end of the file");
            tables[i] = new SfntTable(tag, BinaryPrimitives.ReadUInt32BigEndian(r[4..]), start, length);
        }

        return tables;
    }

    /// <summary>The first four bytes of a face's directory (0x00010000 or 'true' for TrueType, 'OTTO' for CFF).</summary>
    public uint SfntVersion(long offset) => BinaryPrimitives.ReadUInt32BigEndian(Read(offset, 4));

    public byte[] Read(SfntTable table) => Read(table.Offset, checked((int)table.Length));

    public byte[] Read(long offset, int length)
    {
        if (offset < 0 || length < 0 || offset + length > Length) throw new InvalidDataException("read past the end of the font file");
        var buffer = new byte[length];
        ReadInto(offset, buffer);
        return buffer;
    }

    /// <summary>Fills <paramref name="target"/> from the file at <paramref name="offset"/> (no copy in between).</summary>
    public void ReadInto(long offset, Span<byte> target)
    {
        if (offset < 0 || offset + target.Length > Length) throw new InvalidDataException("read past the end of the font file");
        var done = 0;
        while (done < target.Length)
        {
            var n = RandomAccess.Read(handle, target[done..], offset + done);
            if (n <= 0) throw new InvalidDataException("unexpected end of the font file");
            done += n;
        }
    }

    public void Dispose() => handle.Dispose();
}

/// <summary>A table record of a font's directory.</summary>
internal readonly record struct SfntTable(string Tag, uint Checksum, long Offset, uint Length);
