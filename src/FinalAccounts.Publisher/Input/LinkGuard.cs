using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Refuses data reached through a link that leaves the data root or loops: such a file is not read (its content never
/// appears anywhere), and each such link is reported once, where it is.
/// </summary>
internal static class LinkGuard
{
    /// <summary>
    /// Whether the file (or a folder on its way down from <paramref name="folder"/>) is a link that leaves the data root
    /// or loops; reported then, and the file must not be read.
    /// </summary>
    public static bool Refuses(DataFolder folder, string relative, DiagnosticBag bag)
    {
        if (folder.Root is null) return false;
        var prefix = "";
        foreach (var part in relative.Split('/'))
        {
            prefix = prefix.Length == 0 ? part : prefix + "/" + part;
            if (Refuses(folder, prefix, folder.Full(prefix), bag)) return true;
        }

        return false;
    }

    /// <summary>Whether the entry at <paramref name="full"/> is a link that leaves the data root or loops (reported once).</summary>
    public static bool Refuses(DataFolder folder, string relative, string full, DiagnosticBag bag)
    {
        if (folder.Root is null || !RealPath.IsLink(full)) return false;
        var real = RealPath.Of(full);
        var root = RealPath.Of(folder.Root);
        if (real is not null && root is not null && RealPath.IsInside(real, root)) return false;
        var at = new SourceLocation(folder.Display(relative), 1, 1);
        if (bag.Items.Any(d => d.Code == InputCodes.OutsideLink && d.Location == at)) return true;
        if (real is null)
            bag.Report(InputCodes.OutsideLink, at, $"“{relative}”是循环的链接（链接最终又指回自己），无法读取。",
                $"'{relative}' is a link that loops back on itself; it cannot be read.");
        else
            bag.Report(InputCodes.OutsideLink, at, $"“{relative}”是指向数据文件夹之外（{real}）的链接，不读取。",
                $"'{relative}' is a link to outside the data folder ({real}); it is not read.");
        return true;
    }

    /// <summary>Whether a department folder itself really lies outside its data root (through a link), or its links loop.</summary>
    public static bool RefusesFolder(DataFolder folder, DiagnosticBag bag)
    {
        if (folder.Root is null) return false;
        var real = RealPath.Of(folder.FullPath);
        var root = RealPath.Of(folder.Root);
        if (real is not null && root is not null && RealPath.IsInside(real, root)) return false;
        bag.Report(InputCodes.OutsideLink, SourceLocation.OfFile(folder.DisplayPath),
            $"部门文件夹经链接指向数据文件夹之外（{real ?? "循环的链接"}），不读取。",
            $"The department folder leads through a link to outside the data folder ({real ?? "a loop"}); it is not read.");
        return true;
    }

    /// <summary>Reports a folder link that leads back into a folder above it (walking it would never end).</summary>
    public static void ReportCycle(DataFolder folder, string relative, DiagnosticBag bag) =>
        bag.Report(InputCodes.OutsideLink, new SourceLocation(folder.Display(relative), 1, 1),
            $"文件夹“{relative}”是指回它上级文件夹的链接，形成循环，不读取。",
            $"Folder '{relative}' is a link back to a folder above it, a loop; it is not read.");
}
