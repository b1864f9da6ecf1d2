using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// A folder of input files: its path as the user wrote it (for messages), its full path (for reading) and, for data, the
/// data root no file may lead out of through a link (<see cref="Root"/>; null where no such boundary applies).
/// </summary>
public sealed record DataFolder(string DisplayPath, string FullPath)
{
    /// <summary>
    /// The data root: the folder above the year folder, which holds the year folders and reference/. Files and folders
    /// whose real path (links resolved) lies outside it are not read.
    /// </summary>
    public string? Root { get; init; }

    /// <summary>The unit amounts are entered in in this folder's CSV and YAML files (department.yaml's amount_unit).</summary>
    public AmountUnit Unit { get; init; } = AmountUnit.WanYuan;

    /// <summary>A department folder as the user named it; its data root is the folder above its year folder.</summary>
    public static DataFolder FromArgument(string path)
    {
        var full = Path.GetFullPath(path);
        var year = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return new(path.Replace('\\', '/').TrimEnd('/'), full) { Root = year is null ? null : Path.GetDirectoryName(year) };
    }

    /// <summary>The path of a file inside the folder as messages print it: forward slashes, relative to where the user is.</summary>
    public string Display(string relative) => DisplayPath.Length == 0 ? relative : DisplayPath + "/" + relative;

    public string Full(string relative) => Path.Combine(FullPath, relative.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relative) => File.Exists(Full(relative));

    public string Name => Path.GetFileName(FullPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
}
