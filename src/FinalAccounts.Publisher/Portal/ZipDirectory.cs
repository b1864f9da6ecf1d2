using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// The entries of a zip without Zip64 (as <see cref="DeterministicZip"/> writes them) read from its central directory,
/// so that another zip can take an entry's stored bytes as they are instead of deflating the same file again. A file
/// that is not such a zip has no entries.
/// </summary>
public sealed class ZipDirectory
{
    private readonly string path;
    private readonly Dictionary<string, (ushort Method, uint Crc, uint Packed, uint Size, uint Offset)> entries;

    private ZipDirectory(string path, Dictionary<string, (ushort, uint, uint, uint, uint)> entries) =>
        (this.path, this.entries) = (path, entries);

    public IEnumerable<string> Names => entries.Keys;

    /// <summary>The entries of the zip at <paramref name="path"/> (none when it cannot be read as one).</summary>
    public static ZipDirectory Read(string path)
    {
        var entries = new Dictionary<string, (ushort, uint, uint, uint, uint)>(StringComparer.Ordinal);
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length < 22) return new ZipDirectory(path, entries);
            var end = new byte[22];
            file.Seek(-22, SeekOrigin.End);
            file.ReadExactly(end);
            if (BinaryPrimitives.ReadUInt32LittleEndian(end) != 0x06054b50) return new ZipDirectory(path, entries);
            var count = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(10));
            var central = new byte[BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(12))];
            file.Seek(BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(16)), SeekOrigin.Begin);
            file.ReadExactly(central);
            var s = central.AsSpan();
            for (int i = 0, at = 0; i < count; i++)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(s[at..]) != 0x02014b50) return new ZipDirectory(path, []);
                var name = Encoding.UTF8.GetString(s.Slice(at + 46, BinaryPrimitives.ReadUInt16LittleEndian(s[(at + 28)..])));
                entries[name] = (BinaryPrimitives.ReadUInt16LittleEndian(s[(at + 10)..]), BinaryPrimitives.ReadUInt32LittleEndian(s[(at + 16)..]),
                    BinaryPrimitives.ReadUInt32LittleEndian(s[(at + 20)..]), BinaryPrimitives.ReadUInt32LittleEndian(s[(at + 24)..]),
                    BinaryPrimitives.ReadUInt32LittleEndian(s[(at + 42)..]));
                at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(s[(at + 28)..]) + BinaryPrimitives.ReadUInt16LittleEndian(s[(at + 30)..])
                    + BinaryPrimitives.ReadUInt16LittleEndian(s[(at + 32)..]);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or EndOfStreamException)
        {
            entries.Clear();
        }

        return new ZipDirectory(path, entries);
    }

    /// <summary>
    /// The stored entry <paramref name="name"/> when it holds <paramref name="size"/> bytes with CRC <paramref name="crc"/>
    /// (the bytes a caller is about to pack), else null.
    /// </summary>
    public PackedEntry? Find(string name, long size, uint crc)
    {
        if (!entries.TryGetValue(name, out var e) || e.Size != size || e.Crc != crc || e.Method is not (0 or 8)) return null;
        try
        {
            using var file = File.OpenRead(path);
            var local = new byte[30];
            file.Seek(e.Offset, SeekOrigin.Begin);
            file.ReadExactly(local);
            if (BinaryPrimitives.ReadUInt32LittleEndian(local) != 0x04034b50) return null;
            file.Seek(BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28)),
                SeekOrigin.Current);
            var body = new byte[e.Packed];
            file.ReadExactly(body);
            return new PackedEntry(e.Method, e.Crc, e.Size, body);
        }
        catch (Exception x) when (x is IOException or UnauthorizedAccessException or ArgumentException or EndOfStreamException)
        {
            return null;
        }
    }
}
