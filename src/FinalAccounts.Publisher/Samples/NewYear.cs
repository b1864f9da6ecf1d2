using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// <c>finacc new-year data/2024</c>: the next year's folder, data/2025/&lt;id&gt;/ for every department of 2024. Each gets
/// prior-year.yaml filled from 2024's figures, department.yaml carried with the new year and its dates left to fill, the
/// texts (<see cref="CarriedTexts.Files"/>) carried as drafts that check flags while unchanged, and the rest as
/// <c>finacc new</c> writes it (the workbook and YAML files to fill). The code lists are carried to reference/2025/ with
/// a note when the new year has none. Only a year whose departments all pass check is carried; an existing year folder
/// is never touched (everything is written beside it and moved in).
/// </summary>
public static partial class NewYear
{
    /// <summary>The note left in a carried code list folder.</summary>
    public const string ReferenceNote = "README.md";

    public static NewYearResult? Create(string yearPath, DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        var source = DataFolder.FromArgument(yearPath);
        var at = SourceLocation.OfFile(source.DisplayPath);
        if (!DataTree.IsYearName(source.Name) || !Directory.Exists(source.FullPath))
        {
            bag.Report(InputCodes.BadFolder, at, $"finacc new-year 需要一个年度文件夹，如 data/2024，而不是 {new OwnText(source.DisplayPath)}。",
                $"finacc new-year takes a year folder such as data/2024, not {new OwnText(source.DisplayPath)}.");
            return null;
        }

        var year = int.Parse(source.Name, CultureInfo.InvariantCulture);
        var dataRoot = Path.GetDirectoryName(source.FullPath.TrimEnd(Path.DirectorySeparatorChar))!;
        var nextName = (year + 1).ToString(CultureInfo.InvariantCulture);
        var target = Path.Combine(dataRoot, nextName);
        var display = Sibling(source.DisplayPath, nextName);
        if (Directory.Exists(target) || File.Exists(target))
        {
            bag.Report(InputCodes.YearExists, SourceLocation.OfFile(display), $"{new OwnText(display)} 已存在，未做任何改动。",
                $"{new OwnText(display)} exists; nothing was changed.");
            return null;
        }

        var report = DataCheck.Run([yearPath], cancellationToken);
        bag.AddRange(report.Request.Items);
        foreach (var failed in report.Departments.Where(d => d.Diagnostics.HasErrors || d.Model is null))
            bag.Report(InputCodes.YearNotCarried, SourceLocation.OfFile(failed.Folder.DisplayPath),
                $"{new OwnText(failed.Folder.DisplayPath)} 没有通过核对（{failed.Diagnostics.Items.Count(d => d.Severity == Severity.Error)} 个错误），请先用 finacc check 改正。",
                $"{new OwnText(failed.Folder.DisplayPath)} does not pass check ({failed.Diagnostics.Items.Count(d => d.Severity == Severity.Error)} errors); fix it with finacc check first.");
        if (bag.HasErrors || report.Departments.Count == 0) return null;

        var staging = Path.Combine(dataRoot, "." + nextName + ".new-year");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        var ids = new List<string>();
        foreach (var load in report.Departments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(Path.Combine(staging, load.Folder.Name), Department(load, year + 1));
            ids.Add(load.Folder.Name);
        }

        var reference = CarryReference(report.Departments[0], dataRoot, year + 1, Sibling(display, DataTree.ReferenceFolder) + "/" + nextName);
        Directory.Move(staging, target);
        return new NewYearResult(display, ids, reference);
    }

    /// <summary>The new year's files of one department.</summary>
    private static List<(string Relative, byte[] Bytes)> Department(LoadResult load, int year)
    {
        var m = load.Model!;
        var utf8 = new UTF8Encoding(false);
        var files = NewDepartment.Files(year, m.Reference);
        string Blank(string name) => utf8.GetString(files.First(f => f.Relative == name).Bytes);
        void Put(string name, string text) => files[files.FindIndex(f => f.Relative == name)] = (name, utf8.GetBytes(text));

        var blankPrior = Blank(NarrativeReader.PriorYearFile);
        Put(NarrativeReader.PriorYearFile, PriorYearYaml.Write(m, blankPrior[blankPrior.IndexOf("# year:", StringComparison.Ordinal)..
            blankPrior.IndexOf("\nyear:", StringComparison.Ordinal)] + "\n"));
        var department = File.ReadAllText(load.Folder.Full(DepartmentInfoReader.File), Encoding.UTF8).Replace("\r\n", "\n");
        department = YearLine().Replace(department, "year: " + year.ToString(CultureInfo.InvariantCulture));
        Put(DepartmentInfoReader.File, DateLine().Replace(department, "$1:"));
        foreach (var text in CarriedTexts.Files.Where(load.Folder.Exists))
            Put(text, File.ReadAllText(load.Folder.Full(text), Encoding.UTF8));
        return files;
    }

    /// <summary>
    /// reference/&lt;year&gt;/ as a copy of the newest lists the departments were read with, with a note to replace
    /// them; null (nothing done) when the new year has lists of its own.
    /// </summary>
    private static string? CarryReference(LoadResult any, string dataRoot, int year, string display)
    {
        var name = year.ToString(CultureInfo.InvariantCulture);
        var target = Path.Combine(dataRoot, DataTree.ReferenceFolder, name);
        if (Directory.Exists(target)) return null;
        var from = ReferenceLocator.Find(any.Folder, year - 1);
        if (from is null) return null;
        var staging = Path.Combine(dataRoot, DataTree.ReferenceFolder, "." + name + ".new-year");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        foreach (var file in Directory.EnumerateFiles(from.FullPath).Where(f => Path.GetFileName(f) != ReferenceNote))
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        var fromYear = Path.GetFileName(from.FullPath);
        File.WriteAllText(Path.Combine(staging, ReferenceNote), $"""
            # {name} 年度参考科目表（沿用 {fromYear} 年度）

            本目录由 finacc new-year 从 `reference/{fromYear}/` 复制而来，供 {name} 年度的数据先行填写和核对。
            财政部印发 {name} 年度《政府收支分类科目》后，请用新的科目表替换这里的两个文件，再运行 finacc check。

            Copied by finacc new-year from reference/{fromYear}/. Replace both files with the {name} code lists when they are
            issued, then run finacc check again.

            """.Replace("\r\n", "\n"), new UTF8Encoding(false));
        Directory.Move(staging, target);
        return display;
    }

    private static void Write(string folder, IEnumerable<(string Relative, byte[] Bytes)> files)
    {
        foreach (var (relative, bytes) in files)
        {
            var full = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>A folder beside <paramref name="display"/> (a path as the user wrote it), written the same way.</summary>
    private static string Sibling(string display, string name)
    {
        var slash = display.TrimEnd('/').LastIndexOf('/');
        return slash < 0 ? name : display[..(slash + 1)] + name;
    }

    [GeneratedRegex(@"^year:[^\n]*", RegexOptions.Multiline)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^(fill_date|publish_date):[^\n]*", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
