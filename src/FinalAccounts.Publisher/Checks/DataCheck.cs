using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// Reading and checking, the first step of every command: the folders a user names expanded into departments, each
/// read and checked with every identity. <c>finacc check</c> is this alone; build and the commands that follow stand on it.
/// </summary>
public static class DataCheck
{
    /// <summary>Checks every department of <paramref name="paths"/> (department or year folders), in the order given.</summary>
    public static CheckReport Run(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var request = new DiagnosticBag();
        var folders = DepartmentDiscovery.Expand(paths, request);
        var loader = new DepartmentLoader();
        var departments = folders.Select(f => Department(loader, f, cancellationToken)).ToList();
        OtherDepartmentNames.Report(departments);
        return new CheckReport(request, departments);
    }

    /// <summary>
    /// Reads and checks one department folder (a loader may be shared by threads: it caches the code lists). When the
    /// prior year has a folder for the department, that is read and checked first: its figures are the prior year's.
    /// </summary>
    public static LoadResult Department(DepartmentLoader loader, string folder, CancellationToken cancellationToken = default)
    {
        var load = loader.Load(folder, PriorYear(loader, folder, cancellationToken), cancellationToken);
        Checker.Run(load, cancellationToken);
        return load;
    }

    /// <summary>
    /// The prior year's folder of a department (<see cref="PriorYearFolder"/>) read and checked, whose figures are the
    /// department's prior-year figures (<see cref="DepartmentLoader.Load(string, LoadResult?, CancellationToken)"/>); null
    /// when it has none.
    /// </summary>
    public static LoadResult? PriorYear(DepartmentLoader loader, string folder, CancellationToken cancellationToken = default)
    {
        if (PriorYearFolder.Of(folder) is not { } priorFolder) return null;
        var prior = loader.Load(priorFolder, cancellationToken);
        Checker.Run(prior, cancellationToken);
        return prior;
    }
}
