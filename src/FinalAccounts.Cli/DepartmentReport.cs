using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Cli;

/// <summary>
/// The outcome of one department: its folder and its diagnostics in order; counts include the repeats a summary line folds.
/// </summary>
public sealed record DepartmentReport(string Folder, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Where(d => d.Severity == Severity.Error).Sum(d => d.Count);

    public int Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning).Sum(d => d.Count);

    public int Infos => Diagnostics.Where(d => d.Severity == Severity.Info).Sum(d => d.Count);
}
