using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Walks a department folder once: warns about misspelt or stray files, reports links that leave the data root or loop
/// (without following them), and bounds the text of all data files together (<see cref="InputLimits.DepartmentChars"/>).
/// </summary>
internal static partial class FolderInventory
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        DepartmentInfoReader.File, NarrativeReader.PriorYearFile, NarrativeReader.ExplanationsFile, NarrativeReader.ThreePublicFile,
        NarrativeReader.OperatingFundsFile, NarrativeReader.ProcurementFile, NarrativeReader.AssetsFile, BudgetExecutionReader.File,
        KeyWorkReader.TextFile, KeyWorkReader.TableFile, PerformanceReader.OverviewFile, PerformanceReader.OverallFile,
        "performance/overall.indicators.csv",
    };

    /// <summary>Files that may be in the folder but are not data (the editor's notes, a read-me).</summary>
    private static readonly HashSet<string> NotData = new(StringComparer.Ordinal) { "NOTES.md", "README.md" };

    public static void Report(DataFolder folder, DiagnosticBag bag)
    {
        var dataFiles = new List<string>();
        Walk(folder, "", folder.FullPath, [RealPath.Of(folder.FullPath) ?? folder.FullPath], dataFiles, bag);
        ReportTotal(folder, dataFiles, bag);
    }

    /// <summary>The data files of the folder (relative with '/', in walk order), as <see cref="Report"/> finds them.</summary>
    public static IReadOnlyList<string> DataFiles(DataFolder folder)
    {
        var dataFiles = new List<string>();
        Walk(folder, "", folder.FullPath, [RealPath.Of(folder.FullPath) ?? folder.FullPath], dataFiles, new DiagnosticBag());
        return dataFiles;
    }

    private static void Walk(DataFolder folder, string prefix, string directory, List<string> above, List<string> dataFiles, DiagnosticBag bag)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var full in entries.Order(StringComparer.Ordinal))
        {
            var relative = prefix + Path.GetFileName(full);
            if (LinkGuard.Refuses(folder, relative, full, bag)) continue;
            if (Directory.Exists(full))
            {
                var real = RealPath.Of(full) ?? full;
                if (above.Contains(real)) LinkGuard.ReportCycle(folder, relative, bag);
                else Walk(folder, relative + "/", full, [.. above, real], dataFiles, bag);
            }
            else if (IsData(folder, relative)) dataFiles.Add(relative);
            else if (Workbooks.WorkbookTableSource.FileNames.Contains(relative)) continue;
            else if (!IsAllowed(relative))
                bag.Report(InputCodes.UnknownFile, SourceLocation.OfFile(folder.Display(relative)), $"无法识别的文件 {relative}，它不会被读取。",
                    $"Unrecognised file {relative}; it is not read.");
        }
    }

    private static bool IsData(DataFolder folder, string relative) =>
        Known.Contains(relative) || PublicTables.All.Any(t => CsvTableSource.FileOf(t) == relative) ||
        (ProjectFile().IsMatch(relative) && !relative.EndsWith(".indicators.csv", StringComparison.Ordinal)) ||
        (relative.EndsWith(".indicators.csv", StringComparison.Ordinal) && ProjectFile().IsMatch(relative) &&
         folder.Exists(relative[..^".indicators.csv".Length] + ".yaml"));

    private static bool IsAllowed(string relative)
    {
        var name = Path.GetFileName(relative);
        return NotData.Contains(relative) || relative.StartsWith("templates/", StringComparison.Ordinal) || name.StartsWith('.') ||
               name.StartsWith("~$", StringComparison.Ordinal);
    }

    /// <summary>Reports, at the largest data file, when the data files together hold more text than a disclosure takes.</summary>
    private static void ReportTotal(DataFolder folder, List<string> dataFiles, DiagnosticBag bag)
    {
        var sizes = dataFiles.Select(f => (File: f, Chars: Chars(folder.Full(f)))).ToList();
        var total = sizes.Sum(s => (long)s.Chars);
        if (total <= InputLimits.DepartmentChars) return;
        var largest = sizes.OrderByDescending(s => s.Chars).ThenBy(s => s.File, StringComparer.Ordinal).First();
        bag.Report(InputCodes.TooLarge, new SourceLocation(folder.Display(largest.File), 1, 1),
            $"本部门数据文件合计 {total} 字，超过 {InputLimits.DepartmentChars} 字的上限（公开文件放不下）；其中最大的是这个文件（{largest.Chars} 字）。",
            $"The department's data files hold {total} characters, more than the {InputLimits.DepartmentChars} a disclosure " +
            $"takes; this file is the largest ({largest.Chars}).");
    }

    /// <summary>The characters of a data file; files too large to read (reported by their reader) count as empty.</summary>
    private static int Chars(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Length > InputLimits.FileBytes ? 0 : Encoding.UTF8.GetCharCount(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    [GeneratedRegex(@"^performance/projects/[^/]+\.(yaml|indicators\.csv)$")]
    private static partial Regex ProjectFile();
}
