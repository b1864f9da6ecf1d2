using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// Which of check's findings name a figure that check itself computes, and so fill writes: a 合计, subtotal or row total
/// of a table (the sum check compared it with), 决算数 of budget-execution.csv (公开05表's figure), the overall form's
/// figures from 公开05表, and every form's rate and scores. A finding joins two places (see also); only the computed side,
/// in its own kind of file, is written. Identities between inputs (公开03表 against 公开01表 …) are left to the clerk.
/// </summary>
internal static class FillableFigures
{
    private static readonly string[] TableCodes =
    [
        CheckCodes.RowSum.Id, CheckCodes.Hierarchy.Id, CheckCodes.TotalRow.Id, CheckCodes.LineSum.Id,
        CheckCodes.EconomicClass.Id, CheckCodes.EconomicGroupTotal.Id, CheckCodes.ThreePublicSum.Id,
    ];

    private static readonly string[] FormMoneyCodes = [CheckCodes.OverallForm.Id, CheckCodes.OverallBudget.Id];

    private static readonly string[] FormNumberCodes =
        [CheckCodes.ExecutionRate.Id, CheckCodes.ExecutionScore.Id, CheckCodes.TotalScore.Id];

    /// <summary>
    /// The value to write for a finding at a file of the department (relative path), or null when fill does not write
    /// it.
    /// </summary>
    public static FillValue? Of(Diagnostic d, string relative)
    {
        if (d.Figures is not { } figures || !d.Location.IsPoint || d.Location.Part is not null) return null;
        var id = d.Code.Id;
        var table = Under(relative, CsvTableSource.Folder, ".csv");
        var form = relative == PerformanceReader.OverallFile ||
                   Under(relative, PerformanceReader.ProjectsFolder, ".yaml");
        if (table && TableCodes.Contains(id)) return new FillValue(figures.Expected, figures.Tolerance, Money: true);
        if (relative == BudgetExecutionReader.File && id == CheckCodes.BudgetExecution.Id)
            return new FillValue(figures.Expected, figures.Tolerance, Money: true);
        if (form && FormMoneyCodes.Contains(id)) return new FillValue(figures.Expected, figures.Tolerance, Money: true);
        if (form && FormNumberCodes.Contains(id))
            return new FillValue(figures.Expected, figures.Tolerance, Money: false);
        return null;
    }

    private static bool Under(string relative, string folder, string extension) =>
        relative.StartsWith(folder + "/", StringComparison.Ordinal) &&
        relative.EndsWith(extension, StringComparison.Ordinal);
}

/// <summary>
/// A figure fill writes: 万元 to be written in the department's unit, or a plain number (a rate, a score); and the
/// rounding tolerance check allowed it (a figure fill already wrote goes back to its first value when that lies within
/// it).
/// </summary>
internal readonly record struct FillValue(decimal Value, decimal Tolerance, bool Money);
