using System.Globalization;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Finds the code lists for a department-year: <c>reference/&lt;year&gt;/</c> in the data root (the folder above the year
/// folder), taking the newest list not later than the year.
/// </summary>
internal static class ReferenceLocator
{
    public static DataFolder? Find(DataFolder department, int year)
    {
        var yearFolder = Path.GetDirectoryName(department.FullPath.TrimEnd(Path.DirectorySeparatorChar));
        var dataRoot = yearFolder is null ? null : Path.GetDirectoryName(yearFolder);
        if (dataRoot is null) return null;
        var reference = Path.Combine(dataRoot, DataTree.ReferenceFolder);
        if (!Directory.Exists(reference)) return null;
        var best = Directory.GetDirectories(reference)
            .Select(d => (Dir: d, Year: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0))
            .Where(x => x.Year > 0 && x.Year <= year)
            .OrderByDescending(x => x.Year)
            .FirstOrDefault();
        if (best.Dir is null) return null;
        var display = Path.GetRelativePath(Environment.CurrentDirectory, best.Dir).Replace('\\', '/');
        return new DataFolder(display, best.Dir) { Root = department.Root };
    }
}
