using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>Turns the folders a user names into department folders: a department folder as it is, a year folder into its departments.</summary>
public static class DepartmentDiscovery
{
    public const string MarkerFile = "department.yaml";

    /// <summary>The department folders, in the order given (a year's departments sorted by id); unusable paths are reported.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DiagnosticBag bag)
    {
        var result = new List<string>();
        foreach (var raw in paths)
        {
            var path = raw.Replace('\\', '/').TrimEnd('/');
            if (!Directory.Exists(path))
            {
                bag.Report(InputCodes.MissingFile, SourceLocation.OfFile(path), $"找不到文件夹 {new OwnText(path)}。", $"Folder {new OwnText(path)} not found.");
                continue;
            }

            if (File.Exists(Path.Combine(path, MarkerFile)))
            {
                result.Add(path);
                continue;
            }

            var departments = Directory.GetDirectories(path)
                .Where(d => File.Exists(Path.Combine(d, MarkerFile)))
                .Select(d => path + "/" + Path.GetFileName(d))
                .Order(StringComparer.Ordinal)
                .ToList();
            // A department folder whose department.yaml was deleted is a data mistake: its loader reports the missing file.
            if (departments.Count == 0 && LooksLikeDepartment(path)) departments.Add(path);
            else if (departments.Count == 0)
                bag.Report(InputCodes.MissingFile, SourceLocation.OfFile(path),
                    $"{new OwnText(path)} 既不是部门文件夹（缺少 {MarkerFile}），其下也没有部门文件夹。",
                    $"{new OwnText(path)} is neither a department folder (no {MarkerFile}) nor a year folder with departments.");
            result.AddRange(departments);
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether a folder without <see cref="MarkerFile"/> holds department data (tables/ or a YAML or CSV file).</summary>
    private static bool LooksLikeDepartment(string path) =>
        Directory.Exists(Path.Combine(path, CsvTableSource.Folder)) || Directory.EnumerateFiles(path, "*.yaml").Any() ||
        Directory.EnumerateFiles(path, "*.csv").Any();
}
