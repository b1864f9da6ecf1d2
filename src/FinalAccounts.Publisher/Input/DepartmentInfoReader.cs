using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads department.yaml and checks that the folder is data/&lt;year&gt;/&lt;id&gt; with a safe id.</summary>
internal static partial class DepartmentInfoReader
{
    public const string File = "department.yaml";

    public static Department Read(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, File, bag, unavailable);
        var id = folder.Name;
        if (IsWindowsDeviceName(id))
            bag.Report(InputCodes.BadFolder, SourceLocation.OfFile(folder.DisplayPath),
                $"部门标识“{id}”是 Windows 的保留设备名（CON、PRN、AUX、NUL、COM0–COM9、LPT0–LPT9），" +
                $"在 Windows 上不能作文件夹或文件名；请换一个标识。",
                $"Department id '{id}' is a reserved Windows device name (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9) " +
                $"and cannot name a folder or file there; choose another id.");
        else if (!IsValidId(id))
            bag.Report(InputCodes.BadFolder, SourceLocation.OfFile(folder.DisplayPath),
                $"部门标识（文件夹名）“{id}”不合规：只能用小写英文字母、数字和“-”，以字母或数字开头，最多 64 个字符" +
                "（它要用在文件名、网址和压缩包中）；请把文件夹改名，例如 hongshan-jkj。",
                $"Department id (the folder name) '{id}' is invalid: use lowercase ASCII letters, digits and '-', starting " +
                "with a letter or digit, at most 64 characters (it names files, addresses and archive entries); rename the " +
                "folder, e.g. hongshan-jkj.");
        var year = y.Integer("year");
        var yearFolder = Path.GetFileName(Path.GetDirectoryName(folder.FullPath.TrimEnd(Path.DirectorySeparatorChar)) ?? "");
        if (year.Value != 0 && yearFolder != year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            bag.Report(InputCodes.BadFolder, year.Location, $"year 为 {year.Value}，但部门文件夹位于“{yearFolder}”下；应放在 data/{year.Value}/ 中。",
                $"year is {year.Value} but the folder is under '{yearFolder}'; it belongs in data/{year.Value}/.");
        var fill = y.Date("fill_date");
        var department = new Department(
            id,
            year,
            y.Name("name"),
            y.Name("short_name"),
            y.Name("fiscal_level"),
            y.Text("responsibilities"),
            y.TextList("units"),
            y.Text("organization_note", required: false),
            y.Text("contact_phone"),
            fill,
            y.Date("publish_date", required: false) is { Value.Year: > 1 } publish ? publish : fill)
        {
            AmountUnit = Unit(y),
            Supervisor = y.Name("supervisor", required: false) is { Value.Length: > 0 } supervisor ? supervisor : null,
        };
        y.Done();
        return department;
    }

    /// <summary>amount_unit: 万元 (the default) or 元, the unit of every amount in the department's CSV and YAML files.</summary>
    private static AmountUnit Unit(YamlMap y)
    {
        var text = y.Text("amount_unit", required: false);
        if (text.Value.Length == 0) return AmountUnit.WanYuan;
        if (AmountUnit.Find(text.Value) is { } unit) return unit;
        y.Bag.Report(InputCodes.UnknownAmountUnit, text.Location, $"金额单位“{text.Value}”无效，只能是“万元”或“元”。",
            $"Unit '{text.Value}' is not known: use 万元 or 元.");
        return AmountUnit.WanYuan;
    }

    /// <summary>
    /// Whether an id is safe as a folder and file name everywhere: lowercase ASCII letters, digits, '-', and not a name
    /// Windows reserves for a device.
    /// </summary>
    public static bool IsValidId(string id) => SafeId().IsMatch(id) && !IsWindowsDeviceName(id);

    /// <summary>Whether Windows reserves the name for a device (CON, NUL, COM1 …), in any case, with or without an extension.</summary>
    public static bool IsWindowsDeviceName(string name)
    {
        var stem = name.Split('.')[0].TrimEnd(' ').ToUpperInvariant();
        if (stem is "CON" or "PRN" or "AUX" or "NUL") return true;
        var port = stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal);
        return port && stem.Length == 4 && (char.IsAsciiDigit(stem[3]) || stem[3] is '¹' or '²' or '³');
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SafeId();
}
