using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Portal;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// A 主管部门 that differs from the department's own record of it: department.yaml names one (<c>supervisor</c>) and the
/// year's publication.yaml, whose <c>supervisors</c> group the portal index, gives the department another (FA1074, a
/// warning at department.yaml's line, naming both). Run by <c>finacc check</c> and by a build, after the data are read.
/// </summary>
public static class SupervisorCheck
{
    public static void Report(IEnumerable<LoadResult> departments)
    {
        var years = new Dictionary<string, PublicationInfo?>(StringComparer.Ordinal);
        foreach (var d in departments)
        {
            if (d.Model?.Department is not { Supervisor: { } own } department) continue;
            var yearFolder = Path.GetDirectoryName(d.Folder.FullPath.TrimEnd(Path.DirectorySeparatorChar));
            if (yearFolder is null) continue;
            // publication.yaml's own problems are reported where it is used (the build's portal files).
            if (!years.TryGetValue(yearFolder, out var info))
                years[yearFolder] = info = PublicationReader.Read(yearFolder, new DiagnosticBag());
            if (info?.Supervisors.GetValueOrDefault(department.Id) is not { } listed || Same(listed, own.Value)) continue;
            var shownYear = Path.GetDirectoryName(d.Folder.DisplayPath.TrimEnd('/')) ?? "";
            var publication = Path.Combine(shownYear, PublicationNames.YearFile).Replace('\\', '/');
            d.Diagnostics.Report(InputCodes.SupervisorDiffers, own.Location,
                $"主管部门写的是“{own.Value}”，" +
                $"而 {new OwnText(publication)} 中 {new OwnText(department.Id)} 的主管部门是“{listed}”。",
                $"The 主管部门 here is '{own.Value}', but {new OwnText(publication)} gives {new OwnText(department.Id)} '{listed}'.");
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
