using System.Xml;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// Opens a workbook of a data folder (tables.xlsx or tables.xls) by what its bytes are, not by its name: a zip package
/// is read as .xlsx, a compound file as .xls. Whatever is wrong with the file as a whole — a link out of the data, too
/// large, empty, a password, damage, content that does not match the extension — is one located error, never an
/// exception.
/// </summary>
internal static class WorkbookFile
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The sheets of the workbook, or null when it cannot be read (reported at the file).</summary>
    public static IReadOnlyList<Worksheet>? Read(DataFolder folder, string relative, DiagnosticBag bag, CancellationToken cancellationToken)
    {
        var display = folder.Display(relative);
        var at = SourceLocation.OfFile(display);
        if (LinkGuard.Refuses(folder, relative, bag)) return null;
        byte[] bytes;
        try
        {
            var size = new FileInfo(folder.Full(relative)).Length;
            if (size > InputLimits.WorkbookBytes)
            {
                bag.Report(InputCodes.TooLarge, at, $"工作簿有 {size / 1048576} MB，超过 {InputLimits.WorkbookBytes >> 20} MB 的上限，未读取。",
                    $"The workbook holds {size / 1048576} MB, more than the {InputLimits.WorkbookBytes >> 20} MB allowed; it was not read.");
                return null;
            }

            bytes = File.ReadAllBytes(folder.Full(relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(InputCodes.MissingFile, at, $"无法读取文件 {relative}：{e.Message}", $"Cannot read {relative}: {e.Message}");
            return null;
        }

        return Parse(bytes, relative, at, bag, cancellationToken);
    }

    /// <summary>The sheets of a workbook's bytes, or null with the reason reported at <paramref name="at"/>.</summary>
    public static IReadOnlyList<Worksheet>? Parse(byte[] bytes, string name, SourceLocation at, DiagnosticBag bag, CancellationToken cancellationToken)
    {
        var wantsXls = name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);
        if (bytes.Length == 0)
        {
            bag.Report(InputCodes.WorkbookDamaged, at, "文件是空的（0 字节），不是工作簿。", "The file is empty (0 bytes), not a workbook.");
            return null;
        }

        var isZip = bytes.AsSpan().StartsWith(Zip);
        var isCompound = bytes.AsSpan().StartsWith(Compound);
        if (isCompound && IsEncryptedPackage(bytes))
        {
            bag.Report(InputCodes.WorkbookProtected, at, "工作簿设置了打开密码，无法读取。", "The workbook is encrypted with a password; it cannot be read.");
            return null;
        }

        if (!isZip && !isCompound)
        {
            bag.Report(InputCodes.WorkbookFormat, at, $"{new OwnText(Path.GetFileName(name))} 不是 Excel 工作簿（{Describe(bytes)}）。",
                $"{new OwnText(Path.GetFileName(name))} is not an Excel workbook ({DescribeEn(bytes)}).");
            return null;
        }

        if (isCompound != wantsXls)
        {
            var (real, rename) = isCompound ? ("Excel 97-2003 工作簿（.xls）", "tables.xls") : ("Excel 工作簿（.xlsx）", "tables.xlsx");
            var realEn = isCompound ? "an Excel 97-2003 workbook (.xls)" : "an Excel workbook (.xlsx)";
            bag.Report(InputCodes.WorkbookFormat, at, $"文件名是 {new OwnText(Path.GetFileName(name))}，内容却是{new OwnText(real)}：请改名为 {new OwnText(rename)}。",
                $"The file is named {new OwnText(Path.GetFileName(name))} but is {new OwnText(realEn)}: rename it {new OwnText(rename)}.");
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return isZip ? XlsxReader.Read(stream, cancellationToken) : XlsReader.Read(stream, cancellationToken);
        }
        catch (WorkbookTooLargeException e)
        {
            bag.Report(InputCodes.TooLarge, at, $"工作簿中的一部分解压后有 {e.Bytes / 1048576} MB，超过上限，未读取。",
                $"A part of the workbook unpacks to {e.Bytes / 1048576} MB, more than allowed; it was not read.");
        }
        catch (ExcelDataReader.Exceptions.InvalidPasswordException)
        {
            bag.Report(InputCodes.WorkbookProtected, at, "工作簿设置了密码，无法读取。", "The workbook is protected by a password; it cannot be read.");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or ExcelDataReader.Exceptions.ExcelReaderException
                                      or NotSupportedException or IndexOutOfRangeException or InvalidOperationException
                                      or FormatException or OverflowException or NullReferenceException or EndOfStreamException)
        {
            // A damaged file may fail anywhere inside the zip, XML or BIFF parsers: every such failure is the file's damage.
            bag.Report(InputCodes.WorkbookDamaged, at, $"工作簿已损坏，无法读取（{e.GetType().Name}）。",
                $"The workbook is damaged and cannot be read ({e.GetType().Name}).");
        }

        return null;
    }

    /// <summary>Whether a compound file holds an encrypted OOXML package (an .xlsx saved with a password).</summary>
    private static bool IsEncryptedPackage(byte[] bytes) =>
        bytes.AsSpan().IndexOf("EncryptedPackage"u8.ToArray().SelectMany(b => new[] { b, (byte)0 }).ToArray()) >= 0;

    private static string Describe(byte[] bytes) => LooksLikeText(bytes) ? "是网页或文本文件" : "格式无法识别";

    private static string DescribeEn(byte[] bytes) => LooksLikeText(bytes) ? "a web page or a text file" : "an unknown format";

    private static bool LooksLikeText(byte[] bytes) => bytes.Take(512).All(b => b >= 0x09);
}
