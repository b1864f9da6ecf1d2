using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The one rule for where a command may write: never onto, above or inside the data it reads, nor onto or inside any
/// other data tree (a department folder, a year folder of departments, the reference folder, a data root). Paths are
/// compared after following links, so a link into the data is refused too.
/// </summary>
public static class OutputLocation
{
    /// <summary>
    /// True when <paramref name="outputRoot"/> may be written; otherwise reports FA8005 and returns false.
    /// <paramref name="inputs"/> are the folders the command reads (department folders, the code lists);
    /// <paramref name="generatedRoot"/> lets <c>finacc sample</c> write again into a data root it generated.
    /// </summary>
    public static bool Check(string outputRoot, IEnumerable<string> inputs, DiagnosticBag bag, bool generatedRoot = false)
    {
        var output = RealPath(outputRoot);
        var kind = DataTree.Classify(output);
        var generated = generatedRoot && kind == DataFolderKind.DataRoot && File.Exists(Path.Combine(output, DataTree.GeneratedMarker));
        if (kind != DataFolderKind.None && !generated) return Refuse(bag, outputRoot, Relation.Is, output);

        var data = inputs.SelectMany(Protected).Distinct(PathComparer).ToList();
        if (data.FirstOrDefault(d => PathComparer.Equals(d, output)) is { } same) return Refuse(bag, outputRoot, Relation.Is, same);
        var around = Ancestors(output).Where(a => DataTree.Classify(a) != DataFolderKind.None)
            .Concat(data.Where(d => Contains(d, output)).OrderByDescending(d => d.Length));
        if (around.FirstOrDefault() is { } outer) return Refuse(bag, outputRoot, Relation.Inside, outer);
        if (data.Where(d => Contains(output, d)).MinBy(d => d.Length) is { } inner) return Refuse(bag, outputRoot, Relation.Contains, inner);
        return true;
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var parent = Path.GetDirectoryName(folder); parent is not null; parent = Path.GetDirectoryName(parent))
            yield return parent;
    }

    /// <summary>An input folder and the data tree around it: a department's year folder, the data root above it.</summary>
    private static IEnumerable<string> Protected(string input)
    {
        var folder = RealPath(input);
        yield return folder;
        var parent = Path.GetDirectoryName(folder);
        if (parent is null) yield break;
        if (DataTree.Classify(folder) == DataFolderKind.Department || DataTree.Classify(parent) != DataFolderKind.None) yield return parent;
        if (Path.GetDirectoryName(parent) is { } root && DataTree.Classify(root) == DataFolderKind.DataRoot) yield return root;
    }

    private static bool Refuse(DiagnosticBag bag, string outputRoot, Relation relation, string data)
    {
        var output = outputRoot.Replace('\\', '/');
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, data);
        var shown = (relative.StartsWith("..", StringComparison.Ordinal) ? data : relative).Replace('\\', '/');
        var (zh, en) = DataTree.Classify(data) switch
        {
            DataFolderKind.Department => ("部门数据文件夹（有 department.yaml）", "a department folder (it holds department.yaml)"),
            DataFolderKind.Year => ("年度数据文件夹（其下有部门文件夹）", "a year folder of departments"),
            DataFolderKind.Reference => ("参考科目表文件夹", "the reference folder of code lists"),
            DataFolderKind.DataRoot => ("数据根文件夹（其下有年度文件夹或 reference/）", "a data root (it holds year folders or reference/)"),
            _ => ("要读取的数据文件夹", "a folder of the data being read"),
        };
        var (messageZh, messageEn) = relation switch
        {
            Relation.Is => ($"输出文件夹 {output} 是{zh}，写出会覆盖数据。", $"The output folder {output} is {en}; writing there would overwrite the data."),
            Relation.Inside => ($"输出文件夹 {output} 位于 {shown} 之内，而它是{zh}；写出会把生成的文件混入数据。",
                $"The output folder {output} lies inside {shown}, which is {en}; writing there would mix the output into the data."),
            _ => ($"输出文件夹 {output} 包含 {shown}，而它是{zh}；写出可能覆盖数据。",
                $"The output folder {output} contains {shown}, which is {en}; writing there could overwrite the data."),
        };
        bag.Report(PublishCodes.OutputOverlapsData, SourceLocation.OfFile(output), messageZh, messageEn);
        return false;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    private static bool Contains(string outer, string inner) =>
        PathComparer.Equals(outer, inner)
        || inner.StartsWith(Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>The full path with every link along it followed (the parts that do not exist yet are kept as written).</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                var info = new DirectoryInfo(current);
                if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    current = depth < 32 ? RealPath(target.FullName, depth + 1) : target.FullName;
            }
            catch (IOException)
            {
                // A link loop or an unreadable link: compare the path as written.
            }
        }

        return current;
    }

    private enum Relation
    {
        Is,
        Inside,
        Contains,
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
