using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// Writes a zip whose bytes depend only on the entries: names in ordinal order, one fixed timestamp (1980-01-01 00:00,
/// the first a zip can hold), no platform, permission or extra fields, UTF-8 names. An entry is deflated when that makes
/// it smaller, else stored (PDF, Word and PNG already are compressed). Zip64 is not written: an entry or archive of
/// 4 GiB or more is refused with an <see cref="IOException"/>.
/// </summary>
public sealed class DeterministicZip
{
    private const ushort Version = 20;
    private const ushort Utf8Names = 0x0800;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    private readonly List<(string Name, byte[]? Bytes, string? Path, ZipDirectory? Packed)> entries = [];

    /// <summary>
    /// Adds an entry whose bytes are the file at <paramref name="path"/>, read when the zip is written (one entry in
    /// memory at a time, in a pooled buffer). When <paramref name="packed"/> holds an entry of the same name with the same
    /// size and CRC, its stored bytes are taken as they are: the bytes this zip would deflate them to, since it packs
    /// them by the same rule, without the cost.
    /// </summary>
    public void AddFile(string name, string path, ZipDirectory? packed = null) => entries.Add((name, null, path, packed));

    public void Add(string name, byte[] bytes) => entries.Add((name, bytes, null, null));

    /// <summary>Writes the entries, sorted by name, to <paramref name="output"/>.</summary>
    public void Write(Stream output, CancellationToken cancellationToken = default)
    {
        var central = new MemoryStream();
        var sorted = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (sorted.Count >= ushort.MaxValue) throw new IOException($"too many entries for a zip ({sorted.Count})");
        long offset = 0;
        foreach (var (name, given, path, directory) in sorted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var file = path is null ? null : PooledStreams.Get("zip-file");
            if (file is not null)
            {
                using var source = File.OpenRead(path!);
                source.CopyTo(file);
            }

            var bytes = file is null ? given.AsMemory() : file.GetBuffer().AsMemory(0, (int)file.Length);
            var crc = Crc32.Compute(bytes.Span, []);
            using var deflated = PooledStreams.Get("zip-entry");
            var (method, body) = directory?.Find(name, bytes.Length, crc) is { } stored
                ? (stored.Method, stored.Body.AsMemory())
                : Pack(bytes, deflated);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            if (offset > uint.MaxValue) throw new IOException($"{name}: too large for a zip without Zip64");
            var header = Header(0x04034b50, method, crc, body.Length, bytes.Length, nameBytes, null);
            output.Write(header);
            output.Write(body.Span);
            central.Write(Header(0x02014b50, method, crc, body.Length, bytes.Length, nameBytes, (uint)offset));
            offset += header.Length + body.Length;
        }

        if (offset + central.Length > uint.MaxValue) throw new IOException("the archive is too large for a zip without Zip64");
        central.WriteTo(output);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)sorted.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)sorted.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)offset);
        output.Write(end);
    }

    /// <summary>A local header (<paramref name="offset"/> null) or a central directory record.</summary>
    private static byte[] Header(uint signature, ushort method, uint crc, int packed, int size, byte[] name, uint? offset)
    {
        var local = offset is null;
        var fixedLength = local ? 30 : 46;
        var h = new byte[fixedLength + name.Length];
        var s = h.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(s, signature);
        var i = 4;
        if (!local)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(s[i..], Version); // made by: MS-DOS, 2.0 (no platform attributes)
            i += 2;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(s[i..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(i + 2)..], Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(i + 4)..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(i + 6)..], 0); // time 00:00:00
        BinaryPrimitives.WriteUInt16LittleEndian(s[(i + 8)..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(i + 10)..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(i + 14)..], (uint)packed);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(i + 18)..], (uint)size);
        BinaryPrimitives.WriteUInt16LittleEndian(s[(i + 22)..], (ushort)name.Length);
        // Extra field length 0; central records also: comment 0, disk 0, internal and external attributes 0.
        if (!local) BinaryPrimitives.WriteUInt32LittleEndian(s[(fixedLength - 4)..], offset!.Value);
        name.CopyTo(s[fixedLength..]);
        return h;
    }

    /// <summary>Deflated (into <paramref name="deflated"/>) when that makes the entry smaller, else stored.</summary>
    private static (ushort Method, ReadOnlyMemory<byte> Body) Pack(ReadOnlyMemory<byte> bytes, MemoryStream deflated)
    {
        if (!Compressible(bytes.Span)) return (0, bytes);
        Deflate(bytes.Span, CompressionLevel.Optimal, deflated);
        return deflated.Length < bytes.Length ? ((ushort)8, deflated.GetBuffer().AsMemory(0, (int)deflated.Length)) : ((ushort)0, bytes);
    }

    /// <summary>Whether deflating is worth trying: the first 64 KiB shrink by a twentieth at least (PDF streams do not).</summary>
    private static bool Compressible(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        using var packed = PooledStreams.Get("zip-sample");
        Deflate(sample, CompressionLevel.Fastest, packed);
        return packed.Length < sample.Length * 0.95;
    }

    private static void Deflate(ReadOnlySpan<byte> bytes, CompressionLevel level, MemoryStream into)
    {
        using var deflate = new DeflateStream(into, level, leaveOpen: true);
        deflate.Write(bytes);
    }
}
