using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>The outcome of an import: every problem, and each CSV file with what happened to it (none written on an error).</summary>
public sealed record ImportResult(DiagnosticBag Diagnostics, IReadOnlyList<ImportedFile> Files)
{
    public bool Succeeded => !Diagnostics.HasErrors;
}
