using System.Text;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>Operators on whole files and folders: other encodings, truncation, empty files, files missing or in the
/// wrong place, links that leave the data or loop, department folders with names Windows reserves or a newline.</summary>
internal static class FileOperators
{
    public static IEnumerable<FuzzOperator> All =>
    [
        new("encoding", Encoded),
        new("encoding", Truncated),
        new("folder", Folder),
        new("link", Link),
        new("link", Link),
    ];

    private static string Encoded(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".csv", ".yaml", ".md"));
        var text = c.ReadText(file);
        (byte[] Bytes, string What) encoded = c.Rng.Next(6) switch
        {
            0 => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "UTF-16 LE with BOM"),
            1 => (Encoding.BigEndianUnicode.GetBytes(text), "UTF-16 BE without BOM"),
            2 => ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "UTF-8 with BOM"),
            3 => (Gbk(text), "a GBK-like byte pair for every Chinese character"),
            4 => (Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")), "CRLF line ends"),
            _ => (Encoding.UTF8.GetBytes(text.Replace('\n', '\r')), "CR line ends"),
        };
        c.WriteBytes(file, encoded.Bytes);
        return $"{file}: {encoded.What}";
    }

    private static byte[] Gbk(string text) =>
        [.. text.SelectMany(ch => ch > 0x7F ? new[] { (byte)(0xB0 + ch % 0x30), (byte)(0xA1 + ch % 0x5E) } : [(byte)ch])];

    private static string Truncated(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles());
        var bytes = c.ReadBytes(file);
        var length = c.Rng.Next(3) == 0 ? 0 : c.Rng.Next(bytes.Length + 1);
        c.WriteBytes(file, bytes[..length]);
        return $"{file}: cut to {length} of {bytes.Length} bytes";
    }

    private static string Folder(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles());
        switch (c.Rng.Next(5))
        {
            case 0:
                File.Delete(c.PathOf(file));
                return $"{file} deleted";
            case 1:
                File.Delete(c.PathOf(file));
                Directory.CreateDirectory(c.PathOf(file));
                return $"{file} replaced by a folder";
            case 2:
                File.Copy(c.PathOf(file), c.PathOf(Path.Combine(Path.GetDirectoryName(file)!, "10" + Path.GetExtension(file))), true);
                return $"{file} copied as a tenth file beside it";
            default:
                var id = new[] { "con", "nul", "com1", "lpt9", "aux", "a\nb", "Hongshan JKJ", "部门", ".hidden" }[c.Rng.Next(9)];
                var renamed = Path.Combine(Path.GetDirectoryName(c.Folder)!, id);
                Directory.Move(c.Folder, renamed);
                c.Folder = renamed;
                return $"department folder renamed to {DataOperators.Show(id)}";
        }
    }

    private static string Link(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".csv", ".yaml", ".md"));
        var path = c.PathOf(file);
        switch (c.Rng.Next(6))
        {
            case 0:
                File.Delete(path);
                File.CreateSymbolicLink(path, Path.Combine(c.Outside, "secret.txt"));
                return $"{file} → outside/secret.txt";
            case 1:
                File.Delete(path);
                File.CreateSymbolicLink(path, "/etc/passwd");
                return $"{file} → /etc/passwd";
            case 2:
                File.Delete(path);
                File.CreateSymbolicLink(path, path + ".loop");
                File.CreateSymbolicLink(path + ".loop", path);
                return $"{file} and {file}.loop link to each other";
            case 3:
                Directory.CreateSymbolicLink(c.PathOf("etc"), "/etc");
                return "etc/ → /etc in the department folder";
            case 4:
                var tables = c.PathOf("tables");
                Directory.Delete(tables, true);
                Directory.CreateSymbolicLink(tables, Path.Combine(c.Outside, "folder"));
                return "tables/ → outside/folder";
            default:
                var inside = Path.Combine(c.Root, "data", "2024", "shared-" + Path.GetFileName(file));
                File.Move(path, inside);
                File.CreateSymbolicLink(path, inside);
                return $"{file} → a file elsewhere in the data root (allowed)";
        }
    }
}
