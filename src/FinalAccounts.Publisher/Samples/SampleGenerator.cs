using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Filling;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// Generates departments that pass every check, for tests and benchmarks: &lt;out&gt;/&lt;year&gt;/dept-NNN/ plus a copy of
/// the code lists in &lt;out&gt;/reference/&lt;year&gt;/ so the generated tree checks on its own. Same options, same files.
/// The tables are written in the data files' canonical form (<see cref="CanonicalTables"/>), so that an exported workbook
/// imports to the same bytes. It never writes into real data (<see cref="OutputLocation"/>); it marks the tree it made, so it may generate into it again.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The generated department folders, or empty (reported) when the code lists cannot be read.</summary>
    public static IReadOnlyList<string> Generate(SampleOptions options, DiagnosticBag bag)
    {
        if (!OutputLocation.Check(options.OutputRoot, [options.ReferenceRoot], bag, generatedRoot: true)) return [];
        var year = options.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var source = Directory.Exists(Path.Combine(options.ReferenceRoot, year)) ? Path.Combine(options.ReferenceRoot, year) : null;
        if (source is null)
        {
            bag.Report(InputCodes.ReferenceMissing, SourceLocation.OfFile(options.ReferenceRoot),
                $"找不到 {options.ReferenceRoot}/{year} 的参考科目表。", $"No code lists in {options.ReferenceRoot}/{year}.");
            return [];
        }

        var lists = ReferenceListReader.Read(new DataFolder(source, source), bag);
        if (lists is null) return [];
        var reference = Path.Combine(options.OutputRoot, DataTree.ReferenceFolder, year);
        Directory.CreateDirectory(reference);
        File.WriteAllText(Path.Combine(options.OutputRoot, DataTree.GeneratedMarker), "finacc sample\n");
        foreach (var file in Directory.GetFiles(source, "*.csv")) File.Copy(file, Path.Combine(reference, Path.GetFileName(file)), overwrite: true);
        var folders = new List<string>();
        var loader = new DepartmentLoader();
        for (var i = 1; i <= options.Departments; i++)
        {
            var department = new SampleDepartment(lists, options.Year, i, options.Seed);
            var folder = Path.Combine(options.OutputRoot, year, department.Id);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var files = new SampleFiles(folder);
            department.WriteTables(files);
            department.WriteNarrative(files);
            department.WritePerformance(files);
            WriteCanonicalTables(loader, folder);
            folders.Add(folder);
        }

        return folders;
    }

    /// <summary>Rewrites the tables the department wrote (its 项 rows) in the data files' canonical form, every subtotal included.</summary>
    private static void WriteCanonicalTables(DepartmentLoader loader, string folder)
    {
        if (loader.Load(folder).Model is not { } model) return;
        foreach (var (relative, bytes) in CanonicalTables.Files(model))
            File.WriteAllBytes(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)), bytes);
    }
}
