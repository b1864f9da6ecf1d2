using System.Text;
using System.Text.Unicode;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads a data file's bytes and insists on UTF-8 (a UTF-8 byte order mark is allowed), at most
/// <see cref="InputLimits.FileBytes"/> and without the characters of <see cref="UnsafeText"/>, reporting what else it finds.
/// A problem of the whole file is placed at its line 1.
/// </summary>
internal static class TextFileReader
{
    /// <summary>The file's UTF-8 bytes without a BOM, or null (with a diagnostic when the file is required or unreadable).</summary>
    public static byte[]? ReadUtf8(DataFolder folder, string relative, bool required, DiagnosticBag bag)
    {
        var display = folder.Display(relative);
        var location = new SourceLocation(display, 1, 1);
        if (LinkGuard.Refuses(folder, relative, bag)) return null;
        if (!folder.Exists(relative))
        {
            if (required)
                bag.Report(InputCodes.MissingFile, SourceLocation.OfFile(display), $"找不到文件 {relative}。", $"File {relative} not found.");
            return null;
        }

        byte[] bytes;
        try
        {
            var size = new FileInfo(folder.Full(relative)).Length;
            if (size > InputLimits.FileBytes)
            {
                bag.Report(InputCodes.TooLarge, location, $"文件有 {Megabytes(size)} MB，超过每个数据文件 1 MB 的上限，未读取。",
                    $"The file holds {Megabytes(size)} MB, more than the 1 MB a data file may; it was not read.");
                return null;
            }

            bytes = File.ReadAllBytes(folder.Full(relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(InputCodes.MissingFile, location, $"无法读取文件 {relative}：{e.Message}", $"Cannot read {relative}: {e.Message}");
            return null;
        }

        var csv = relative.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var body = Utf8Body(bytes, display, csv, bag);
        if (body is null || UnsafeCharacters.Report(body, display, csv, bag)) return null;
        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            bag.Report(InputCodes.EmptyFile, location, $"文件 {relative} 是空的。", $"File {relative} is empty.");
            return null;
        }

        return body;
    }

    /// <summary>
    /// The text of any UTF-8 file's bytes, data or template (a BOM dropped, line ends "\n"), or null with FA1002 at the
    /// first byte that is not UTF-8. An empty file is empty text.
    /// </summary>
    public static string? Decode(byte[] bytes, string display, DiagnosticBag bag) =>
        Utf8Body(bytes, display, csv: false, bag) is { } body ? Text(body) : null;

    /// <summary>The bytes after a UTF-8 BOM when they are UTF-8; otherwise null, reported where they stop being UTF-8.</summary>
    private static byte[]? Utf8Body(byte[] bytes, string display, bool csv, DiagnosticBag bag)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            bag.Report(InputCodes.Encoding, new SourceLocation(display, 1, 1), "文件是 UTF-16（“Unicode 文本”）编码，应为 UTF-8。",
                "The file is UTF-16 ('Unicode text'); it must be UTF-8.");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var body = bytes.AsSpan(start);
        if (Utf8.IsValid(body)) return body.ToArray();
        var (line, column) = FirstInvalidPosition(body, csv);
        bag.Report(InputCodes.Encoding, new SourceLocation(display, line, column),
            "文件不是 UTF-8 编码（可能是 Excel 默认的 GBK/ANSI 编码）。",
            "The file is not UTF-8 (probably Excel's default GBK/ANSI encoding).");
        return null;
    }

    private static string Text(byte[] utf8) => Encoding.UTF8.GetString(utf8).Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Reads a text file (UTF-8) with line endings normalised to "\n".</summary>
    public static string? ReadText(DataFolder folder, string relative, bool required, DiagnosticBag bag)
    {
        var bytes = ReadUtf8(folder, relative, required, bag);
        return bytes is null ? null : Text(bytes);
    }

    /// <summary>The line and column of the first byte that is not UTF-8; in a CSV file the column is the field number.</summary>
    private static (int Line, int Column) FirstInvalidPosition(ReadOnlySpan<byte> bytes, bool csv)
    {
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
                return (line, csv ? UnsafeCharacters.FieldNumber(bytes[lineStart..i], (byte)'"', (byte)',')
                    : Encoding.UTF8.GetCharCount(bytes[lineStart..i]) + 1);
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += consumed;
        }

        return (line, 1);
    }

    private static string Megabytes(long bytes) => (bytes / 1048576m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
