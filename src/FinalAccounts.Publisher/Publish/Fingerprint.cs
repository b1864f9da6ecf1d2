using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// SHA-256 fingerprints of what a department's output depends on: its data files (template overrides included), the
/// code lists, the style's template folders, the tool version and the build options. Equal fingerprints, equal output.
/// </summary>
public static class Fingerprint
{
    /// <summary>The tool's version (assembly informational version, with the source revision when built from git).</summary>
    public static string ToolVersion { get; } =
        typeof(Fingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>Hex SHA-256 of bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Hex SHA-256 of a file, read as a stream (a large file is not held in memory).</summary>
    public static string FileSha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>One hash per file under <paramref name="folder"/> (relative path with '/' → hash), ordinal order; hidden files and staging folders left out.</summary>
    public static SortedDictionary<string, string> Files(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return result;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith("~$", StringComparison.Ordinal))) continue;
            result[relative] = FileSha256(file);
        }

        return result;
    }

    /// <summary>A single hash over named groups of file hashes and extra strings, stable in order.</summary>
    public static string Combine(IEnumerable<(string Group, IReadOnlyDictionary<string, string> Files)> groups, IEnumerable<string> extras)
    {
        var text = new StringBuilder();
        foreach (var (group, files) in groups.OrderBy(g => g.Group, StringComparer.Ordinal))
            foreach (var (name, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
                text.Append(group).Append('/').Append(name).Append(' ').Append(hash).Append('\n');
        foreach (var extra in extras) text.Append(extra).Append('\n');
        return Sha256(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
