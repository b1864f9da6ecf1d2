using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// What checking gave: problems with the request itself (a folder that does not exist or holds no department: a usage
/// error, not a data error), each department's reading and check, in order, and the templates' problems.
/// </summary>
public sealed record CheckReport(DiagnosticBag Request, IReadOnlyList<LoadResult> Departments)
{
    /// <summary>Problems in the templates and styles the departments are built with, each once (not once per department).</summary>
    public DiagnosticBag Templates { get; init; } = new();

    /// <summary>Whether any department has an error (the request's own problems aside).</summary>
    public bool DataHasErrors => Departments.Any(d => d.Diagnostics.HasErrors);

    /// <summary>Whether the data or the templates have an error (the request's own problems aside).</summary>
    public bool HasErrors => DataHasErrors || Templates.HasErrors;
}
