using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// A text copied from another department and not fully rewritten: the name, short name or 主管部门 (department.yaml's
/// <c>supervisor</c>) of another department of the same year, checked or built in the same run, found in any text file of
/// a department (FA1073, a warning at the place). The department's own names and 主管部门 are masked first, so a name that
/// contains another (示例11局, 示例1局) is not mistaken for it, nor a 主管部门 two departments share.
/// </summary>
public static class OtherDepartmentNames
{
    private static readonly string[] TextExtensions = [".yaml", ".yml", ".md", ".csv"];

    /// <summary>Adds the warnings to each department's diagnostics (a run of one department has nothing to compare).</summary>
    public static void Report(IReadOnlyList<LoadResult> departments)
    {
        var known = departments.Where(d => d.Model is not null).ToList();
        foreach (var year in known.GroupBy(d => d.Model!.Department.Year.Value).Where(g => g.Count() > 1))
        {
            var names = year.ToDictionary(d => d, d => Names(d));
            foreach (var d in year)
            {
                var own = names[d];
                var others = names.Where(n => n.Key != d).SelectMany(n => n.Value.Select(name => (Name: name, Of: n.Key.Folder.DisplayPath)))
                    .Where(o => !own.Contains(o.Name)).GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First().Of, StringComparer.Ordinal);
                if (others.Count > 0) Scan(d, own, others);
            }
        }
    }

    private static HashSet<string> Names(LoadResult d)
    {
        var department = d.Model!.Department;
        return new[] { department.Name.Value, department.ShortName.Value, department.Supervisor?.Value ?? "" }
            .Where(n => n.Trim().Length >= 3).ToHashSet(StringComparer.Ordinal);
    }

    private static void Scan(LoadResult d, HashSet<string> own, Dictionary<string, string> others)
    {
        var mask = Alternation(own);
        var find = Alternation(others.Keys)!;
        foreach (var file in Files(d.Folder.FullPath))
        {
            var relative = Path.GetRelativePath(d.Folder.FullPath, file).Replace('\\', '/');
            string[] lines;
            try
            {
                if (new FileInfo(file).Length > InputLimits.FileBytes) continue;
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = mask is null ? lines[i] : mask.Replace(lines[i], m => new string('\u0000', m.Length));
                foreach (Match m in find.Matches(line))
                    if (reported.Add(m.Value))
                        d.Diagnostics.Report(InputCodes.OtherDepartmentName, new SourceLocation(d.Folder.Display(relative), i + 1, m.Index + 1),
                            $"出现了其他部门的名称“{m.Value}”（{new OwnText(others[m.Value])}）：是否从其他部门复制而来？",
                            $"Another department's name '{m.Value}' ({new OwnText(others[m.Value])}): copied from another department?");
            }
        }
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden, IgnoreInaccessible = true,
            })
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) is not ("NOTES.md" or "README.md"))
            .Order(StringComparer.Ordinal);

    private static Regex? Alternation(IEnumerable<string> names)
    {
        var list = names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape).ToList();
        return list.Count == 0 ? null : new Regex(string.Join('|', list), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }
}
