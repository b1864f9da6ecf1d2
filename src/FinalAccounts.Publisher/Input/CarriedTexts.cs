using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// The texts <c>finacc new-year</c> carries to the next year as drafts, and the warning that keeps last year's reasons
/// from being published by accident: a carried text still identical to the same file of data/&lt;year-1&gt;/&lt;id&gt;/
/// is FA1072 ("沿用上年文字，请核实").
/// </summary>
public static class CarriedTexts
{
    /// <summary>The files carried over, relative to a department folder.</summary>
    public static IReadOnlyList<string> Files { get; } = [NarrativeReader.ExplanationsFile, KeyWorkReader.TextFile];

    /// <summary>Warns about each carried text of <paramref name="folder"/> that is unchanged from the prior year's folder.</summary>
    public static void Report(DataFolder folder, int year, DiagnosticBag bag)
    {
        var yearFolder = Path.GetDirectoryName(folder.FullPath.TrimEnd(Path.DirectorySeparatorChar));
        var dataRoot = yearFolder is null ? null : Path.GetDirectoryName(yearFolder);
        if (year <= 1 || dataRoot is null) return;
        var priorName = (year - 1).ToString(CultureInfo.InvariantCulture);
        var prior = new DataFolder("", Path.Combine(dataRoot, priorName, folder.Name));
        // A folder filed under the wrong year (FA1019) may be its own "prior year": nothing to compare then.
        if (string.Equals(Path.GetFullPath(prior.FullPath).TrimEnd(Path.DirectorySeparatorChar),
                folder.FullPath.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)) return;
        foreach (var file in Files.Where(f => folder.Exists(f) && prior.Exists(f) && Same(folder.Full(f), prior.Full(f))))
            bag.Report(InputCodes.CarriedText, SourceLocation.OfFile(folder.Display(file)),
                $"{file} 与 {priorName} 年度的同一文件相同：沿用上年文字，请核实。",
                $"{file} is the same as {priorName}'s: text carried from last year, please verify.");
    }

    /// <summary>Whether two files hold the same text (line ends aside); files over the input limit are not compared.</summary>
    private static bool Same(string a, string b)
    {
        try
        {
            var (x, y) = (new FileInfo(a), new FileInfo(b));
            if (x.Length > InputLimits.FileBytes || y.Length > InputLimits.FileBytes) return false;
            return File.ReadAllText(a).Replace("\r\n", "\n") == File.ReadAllText(b).Replace("\r\n", "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
