using System.Security.Cryptography;
using System.Text;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// What the font scan read from each font file, kept between runs in a per-user cache folder and keyed by each file's
/// path, size and last write time: a file whose stamp changed is read again, one that is gone is dropped. A cache that
/// cannot be read (missing, truncated, another version, written by a crashed run) is ignored and rewritten, so it can
/// make a run slower, never its output different. Written to a temporary file and moved into place, so concurrent runs
/// each see a whole cache or none.
/// </summary>
internal static class FontCatalogCache
{
    private const int Version = 1;
    private static readonly byte[] Magic = "FACF"u8.ToArray();

    /// <summary>The faces of one font file as read at its stamp.</summary>
    public sealed record Entry(string Path, long Length, long WriteTicks, IReadOnlyList<FontFace> Faces);

    /// <summary>
    /// The cache file for a list of font folders: in FINACC_CACHE_DIR when set ("off" for none), else the user's cache
    /// folder (Windows %LOCALAPPDATA%\finacc\cache, elsewhere $XDG_CACHE_HOME/finacc or ~/.cache/finacc).
    /// </summary>
    public static string? DefaultFile(IReadOnlyList<string> folders)
    {
        var folder = Environment.GetEnvironmentVariable("FINACC_CACHE_DIR") is { Length: > 0 } given ? given : UserCacheFolder();
        if (folder is null || folder.Equals("off", StringComparison.OrdinalIgnoreCase)) return null;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', folders))))[..16].ToLowerInvariant();
        return System.IO.Path.Combine(folder, $"fonts-{key}.bin");
    }

    /// <summary>The entries of the cache file by path; empty when there is no usable cache.</summary>
    public static Dictionary<string, Entry> Read(string? file)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (file is null || !File.Exists(file)) return entries;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version) return entries;
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var (path, length, ticks) = (reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
                var faces = new FontFace[reader.ReadInt32()];
                for (var i = 0; i < faces.Length; i++)
                {
                    var index = reader.ReadInt32();
                    var families = new string[reader.ReadInt32()];
                    for (var f = 0; f < families.Length; f++) families[f] = reader.ReadString();
                    faces[i] = new FontFace(path, index, families, reader.ReadString(), reader.ReadBoolean(), reader.ReadBoolean(),
                        (FontOutline)reader.ReadByte());
                }

                entries[path] = new Entry(path, length, ticks, faces);
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? entries : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException
                                       or FormatException or OverflowException)
        {
            return [];
        }
    }

    /// <summary>Writes the entries (best effort: a cache that cannot be written is simply not there next time).</summary>
    public static void Write(string? file, IReadOnlyList<Entry> entries)
    {
        if (file is null) return;
        var temp = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(entries.Count);
                foreach (var e in entries)
                {
                    writer.Write(e.Path);
                    writer.Write(e.Length);
                    writer.Write(e.WriteTicks);
                    writer.Write(e.Faces.Count);
                    foreach (var face in e.Faces)
                    {
                        writer.Write(face.FaceIndex);
                        writer.Write(face.FamilyNames.Count);
                        foreach (var name in face.FamilyNames) writer.Write(name);
                        writer.Write(face.PostScriptName);
                        writer.Write(face.IsBold);
                        writer.Write(face.IsItalic);
                        writer.Write((byte)face.Outline);
                    }
                }
            }

            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next run writes the cache again.
            }
        }
    }

    private static string? UserCacheFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return local.Length == 0 ? null : System.IO.Path.Combine(local, "finacc", "cache");
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg) return System.IO.Path.Combine(xdg, "finacc");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0) return null;
        return OperatingSystem.IsMacOS()
            ? System.IO.Path.Combine(home, "Library", "Caches", "finacc")
            : System.IO.Path.Combine(home, ".cache", "finacc");
    }
}
