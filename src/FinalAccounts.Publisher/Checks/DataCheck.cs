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
        LoadResult? prior = null;
        if (PriorYearFolder.Of(folder) is { } priorFolder)
        {
            prior = loader.Load(priorFolder, cancellationToken);
            Checker.Run(prior, cancellationToken);
        }

        var load = loader.Load(folder, prior, cancellationToken);
        Checker.Run(load, cancellationToken);
        return load;
    }
}
