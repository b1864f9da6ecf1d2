using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Where the templates, the project fonts and the code lists are when a command does not name them. A repository and a
/// published finacc folder both hold templates/, fonts/ (optional) and data/reference/ side by side, so each is looked
/// for where the data is, then in the current folder, then beside the program, whatever folder the clerk runs it from.
/// </summary>
public static class ProjectFolders
{
    public const string Templates = "templates";

    public const string Fonts = "fonts";

    /// <summary>The folder the program lives in (for a single-file build, the executable's folder).</summary>
    public static string ProgramFolder => AppContext.BaseDirectory;

    /// <summary>
    /// The templates root for a department: <see cref="BuildOptions.TemplatesRoot"/> when given; else the nearest
    /// templates/ above the department folder that has the style, else the current folder's, else the program's;
    /// else templates/ in the current folder (where a missing style is then reported).
    /// </summary>
    public static string TemplatesRoot(string departmentFolder, BuildOptions options) =>
        TemplatesRoot(departmentFolder, options.TemplatesRoot, options.Style);

    /// <summary>The templates root for a department: <paramref name="given"/>, else found as for a build (above).</summary>
    public static string TemplatesRoot(string departmentFolder, string? given, string style)
    {
        if (given is not null) return given;
        var above = Ancestors(Path.GetFullPath(departmentFolder)).Select(d => Path.Combine(d, Templates));
        return above.Append(Templates).Append(Path.Combine(ProgramFolder, Templates))
            .FirstOrDefault(root => HasStyle(root, style)) ?? Templates;
    }

    /// <summary>Whether <paramref name="templatesRoot"/> holds the style <paramref name="style"/> (its style.yaml).</summary>
    public static bool HasStyle(string templatesRoot, string style) =>
        InputNames.IsSafe(style) && File.Exists(Path.Combine(templatesRoot, style, "style.yaml"));

    /// <summary>The styles a templates root holds (its folders with a style.yaml), in name order.</summary>
    public static IReadOnlyList<string> Styles(string templatesRoot) =>
        Directory.Exists(templatesRoot)
            ? Directory.GetDirectories(templatesRoot).Select(Path.GetFileName).OfType<string>()
                .Where(s => HasStyle(templatesRoot, s)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The project fonts folder: <paramref name="given"/>, else fonts/ in the current folder, else beside the program, else none.</summary>
    public static string? FontsFolder(string? given) =>
        given ?? new[] { Fonts, Path.Combine(ProgramFolder, Fonts) }.FirstOrDefault(Directory.Exists);

    /// <summary>The code lists folder (data/reference): in the current folder, else beside the program.</summary>
    public static string ReferenceFolder()
    {
        var local = Path.Combine("data", DataTree.ReferenceFolder);
        var beside = Path.Combine(ProgramFolder, "data", DataTree.ReferenceFolder);
        return Directory.Exists(local) || !Directory.Exists(beside) ? local : beside;
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent) yield return dir.FullName;
    }
}
