using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>Knows which files belong in a department folder, to warn about misspelt or stray ones.</summary>
internal static partial class FolderInventory
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        DepartmentInfoReader.File, NarrativeReader.PriorYearFile, NarrativeReader.ExplanationsFile, NarrativeReader.ThreePublicFile,
        NarrativeReader.OperatingFundsFile, NarrativeReader.ProcurementFile, NarrativeReader.AssetsFile, BudgetExecutionReader.File,
        KeyWorkReader.TextFile, KeyWorkReader.TableFile, PerformanceReader.OverviewFile, PerformanceReader.OverallFile,
        "performance/overall.indicators.csv", "NOTES.md", "README.md",
        "tables/01.csv", "tables/02.csv", "tables/03.csv", "tables/04.csv", "tables/05.csv", "tables/06.csv", "tables/07.csv",
        "tables/08.csv", "tables/09.csv",
    };

    public static void ReportUnknownFiles(DataFolder folder, DiagnosticBag bag)
    {
        foreach (var full in Directory.EnumerateFiles(folder.FullPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder.FullPath, full).Replace('\\', '/');
            var name = Path.GetFileName(relative);
            if (Known.Contains(relative) || relative.StartsWith("templates/", StringComparison.Ordinal) || name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
                continue;
            if (ProjectFile().IsMatch(relative) && !relative.EndsWith(".indicators.csv", StringComparison.Ordinal)) continue;
            if (relative.EndsWith(".indicators.csv", StringComparison.Ordinal) && folder.Exists(relative[..^".indicators.csv".Length] + ".yaml")) continue;
            bag.Report(InputCodes.UnknownFile, SourceLocation.OfFile(folder.Display(relative)), $"无法识别的文件 {relative}，它不会被读取。",
                $"Unrecognised file {relative}; it is not read.");
        }
    }

    [GeneratedRegex(@"^performance/projects/[^/]+\.(yaml|indicators\.csv)$")]
    private static partial Regex ProjectFile();
}
