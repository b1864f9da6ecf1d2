using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Cli;

/// <summary>The outcome of one department: its folder, its diagnostics in order, and (after a build) what was written.</summary>
public sealed record DepartmentReport(string Folder, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);
}
