using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// The prior year's own folder of a department (data/&lt;year-1&gt;/&lt;id&gt;/ beside data/&lt;year&gt;/&lt;id&gt;/): an
/// input of the year after it, whose figures are that year's prior-year figures (issue 15.5). It is read and checked
/// like any department; one that fails check gives no figures (an error says so) and prior-year.yaml is read alone.
/// </summary>
public static class PriorYearFolder
{
    /// <summary>
    /// The prior year's folder of the department folder <paramref name="path"/> (written as the user wrote that one), or
    /// null when the department is not in a year folder or the prior year has no folder for it.
    /// </summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var yearFolder = Path.GetDirectoryName(full);
        var root = yearFolder is null ? null : Path.GetDirectoryName(yearFolder);
        var yearName = yearFolder is null ? "" : Path.GetFileName(yearFolder);
        if (root is null || !DataTree.IsYearName(yearName)) return null;
        var priorName = (int.Parse(yearName, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
        var id = Path.GetFileName(full);
        var prior = Path.Combine(root, priorName, id);
        if (!Directory.Exists(prior) || !File.Exists(Path.Combine(prior, DepartmentInfoReader.File))) return null;
        var parts = path.Replace('\\', '/').TrimEnd('/').Split('/');
        if (parts.Length >= 2 && parts[^2] == yearName && parts[^1] == id)
            return string.Join('/', parts[..^2].Append(priorName).Append(id));
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), prior).Replace('\\', '/');
    }

    /// <summary>
    /// The chain to a checked prior year, with the 类 of this year's <paramref name="tables"/> it has none of (0 in it);
    /// null, and an error, when the prior year could not be read or fails check.
    /// </summary>
    internal static ChainedYear? Chain(LoadResult? prior, IReadOnlyList<PublicTableData> tables, DiagnosticBag bag)
    {
        if (prior is null) return null;
        var errors = prior.Diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var display = prior.Folder.DisplayPath;
        if (prior.Model is { } model && errors == 0)
        {
            var classes = tables.OfType<ClassifiedTable>().Where(t => ReferenceEquals(t.Table, PublicTables.T05))
                .SelectMany(t => t.Classes).Select(c => PriorFigure.GpbClass(c.Code!.Value));
            return ChainedYear.Of(model, display, classes);
        }

        bag.Report(InputCodes.PriorFolderFails, SourceLocation.OfFile(display),
            $"上年文件夹 {new OwnText(display)} 没有通过核对（{errors} 个错误），上年数不能从中取得，只读取 {PriorYearReader.File}：" +
            $"请先用 finacc check {new OwnText(display)} 改正。",
            $"The prior year's folder {new OwnText(display)} fails check ({errors} errors): its figures are not used, only " +
            $"{PriorYearReader.File} is read. Fix it with finacc check {new OwnText(display)} first.");
        return null;
    }
}
