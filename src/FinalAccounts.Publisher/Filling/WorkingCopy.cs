using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// The copy of a department fill works on, under a temporary data root of its own
/// (&lt;root&gt;/data/&lt;year&gt;/&lt;id&gt;/ beside reference/ with the code lists the department uses), so check
/// reads it as it reads the real one. A workbook's tables are copied as their canonical CSV files, which fill can
/// change figure by figure.
/// </summary>
internal static class WorkingCopy
{
    public static DataFolder Make(DataFolder folder, DepartmentYear model, string? workbook, string root)
    {
        var yearFolder = Path.GetFileName(Path.GetDirectoryName(folder.FullPath.TrimEnd(Path.DirectorySeparatorChar))!);
        var copy = Path.Combine(root, "data", yearFolder, folder.Name);
        Copy(folder.FullPath, copy, skip: workbook is null ? null : folder.Full(workbook));
        if (ReferenceLocator.Find(folder, model.Department.Year.Value) is { } reference)
        {
            var lists = Path.Combine(root, "data", DataTree.ReferenceFolder, Path.GetFileName(reference.FullPath));
            Copy(reference.FullPath, lists, skip: null);
        }

        var work = DataFolder.FromArgument(copy);
        if (workbook is not null)
            foreach (var (relative, bytes) in CanonicalTables.Files(model))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(work.Full(relative))!);
                File.WriteAllBytes(work.Full(relative), bytes);
            }

        return work;
    }

    private static void Copy(string from, string to, string? skip)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => f != skip))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)), skip);
    }
}
