using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Recognises the folders of a data tree by what they hold: a department folder by its department.yaml, a year folder
/// by its name and its departments, the reference folder by its year folders, a data root by either of those.
/// </summary>
public static partial class DataTree
{
    /// <summary>The folder of code lists in a data root.</summary>
    public const string ReferenceFolder = "reference";

    /// <summary>The file <c>finacc sample</c> leaves in a data root it generated (it may generate into it again).</summary>
    public const string GeneratedMarker = ".finacc-sample";

    /// <summary>What <paramref name="folder"/> is; <see cref="DataFolderKind.None"/> when it does not exist.</summary>
    public static DataFolderKind Classify(string folder)
    {
        if (!Directory.Exists(folder)) return DataFolderKind.None;
        if (IsDepartment(folder)) return DataFolderKind.Department;
        if (IsYear(folder)) return DataFolderKind.Year;
        if (IsReference(folder)) return DataFolderKind.Reference;
        var children = Subfolders(folder);
        return children.Any(IsYear) || IsReference(Path.Combine(folder, ReferenceFolder)) ? DataFolderKind.DataRoot : DataFolderKind.None;
    }

    /// <summary>Whether a folder name is a year (four digits), as year folders and code-list folders are named.</summary>
    public static bool IsYearName(string name) => YearName().IsMatch(name);

    private static bool IsDepartment(string folder) => File.Exists(Path.Combine(folder, DepartmentDiscovery.MarkerFile));

    private static bool IsYear(string folder) => IsYearName(Path.GetFileName(folder)) && Subfolders(folder).Any(IsDepartment);

    private static bool IsReference(string folder) =>
        Path.GetFileName(folder) == ReferenceFolder && Directory.Exists(folder) && Subfolders(folder).Any(d => IsYearName(Path.GetFileName(d)));

    private static IEnumerable<string> Subfolders(string folder)
    {
        try
        {
            return Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearName();
}
