using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// <c>finacc new data/&lt;year&gt;/&lt;id&gt;</c>: creates a department folder for a clerk to fill — tables.xlsx in the
/// official layout with its fixed rows, the YAML files with their explanatory comments and empty values, the CSV files
/// with their headers, key-work.md with its heading skeleton. It never touches an existing folder: everything is
/// written to a staging folder beside it and moved into place at the end.
/// </summary>
public static class NewDepartment
{
    /// <summary>The files written, relative to the new folder; none (and the problem reported) when it cannot be created.</summary>
    public static IReadOnlyList<string> Create(string path, DiagnosticBag bag)
    {
        var folder = DataFolder.FromArgument(path);
        var at = SourceLocation.OfFile(folder.DisplayPath);
        var yearName = Path.GetFileName(Path.GetDirectoryName(folder.FullPath.TrimEnd(Path.DirectorySeparatorChar)) ?? "");
        if (Directory.Exists(folder.FullPath) || File.Exists(folder.FullPath))
        {
            bag.Report(InputCodes.FolderExists, at, $"{new OwnText(folder.DisplayPath)} 已存在，未做任何改动。",
                $"{new OwnText(folder.DisplayPath)} exists; nothing was changed.");
            return [];
        }

        if (!DataTree.IsYearName(yearName) || !InputNames.IsSafe(folder.Name))
        {
            bag.Report(InputCodes.BadFolder, at, $"新部门文件夹应为 data/<年度>/<部门标识>（如 data/2025/hongshan-jkj），而不是 {new OwnText(folder.DisplayPath)}。",
                $"A new department folder is data/<year>/<id> (e.g. data/2025/hongshan-jkj), not {new OwnText(folder.DisplayPath)}.");
            return [];
        }

        var year = int.Parse(yearName, CultureInfo.InvariantCulture);
        var lists = ReferenceLocator.Find(folder, year) is { } location ? ReferenceListReader.Read(location, bag) : null;
        if (lists is null)
        {
            if (!bag.HasErrors)
                bag.Report(InputCodes.ReferenceMissing, at, $"找不到 {year} 年度（或更早年度）的参考科目表 data/reference/<年度>/。",
                    $"No reference code lists for {year} or earlier under data/reference/<year>/.");
            return [];
        }

        var files = Files(year, lists);
        var staging = Path.Combine(Path.GetDirectoryName(folder.FullPath)!, "." + folder.Name + ".new-folder");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        foreach (var (relative, bytes) in files)
        {
            var full = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        Directory.Move(staging, folder.FullPath);
        return files.Select(f => f.Relative).ToList();
    }

    /// <summary>The files of a blank folder for <paramref name="year"/>, relative path and bytes, in a fixed order.</summary>
    internal static List<(string Relative, byte[] Bytes)> Files(int year, Model.ReferenceLists lists)
    {
        var utf8 = new UTF8Encoding(false);
        byte[] Csv(IReadOnlyList<string> header) => utf8.GetBytes(string.Join(",", header) + "\n");
        var assembly = typeof(NewDepartment).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith("Blank/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var text = reader.ReadToEnd().Replace("\r\n", "\n")
                    .Replace("{year}", year.ToString(CultureInfo.InvariantCulture))
                    .Replace("{prior_year}", (year - 1).ToString(CultureInfo.InvariantCulture));
                return (Relative: n["Blank/".Length..].Replace('\\', '/'), Bytes: utf8.GetBytes(text));
            }).ToList();
        files.Add((Input.Workbooks.WorkbookTableSource.FileNames[0], BlankWorkbook.Write(lists, "", year)));
        files.Add((BudgetExecutionReader.File, Csv(DataFileColumns.BudgetExecutionColumns)));
        files.Add((KeyWorkReader.TableFile, Csv(DataFileColumns.KeyWorkColumns)));
        files.Add((PerformanceReader.OverallFile[..^".yaml".Length] + ".indicators.csv", Csv(DataFileColumns.IndicatorColumns)));
        return files;
    }
}
