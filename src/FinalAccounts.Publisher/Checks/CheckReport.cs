using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// What checking gave: problems with the request itself (a folder that does not exist or holds no department: a usage
/// error, not a data error), and each department's reading and check, in order.
/// </summary>
public sealed record CheckReport(DiagnosticBag Request, IReadOnlyList<LoadResult> Departments)
{
    /// <summary>Whether any department has an error (the request's own problems aside).</summary>
    public bool DataHasErrors => Departments.Any(d => d.Diagnostics.HasErrors);
}
