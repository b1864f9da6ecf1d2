using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Collects the part templates (*.sbn under parts/) of a style and its bases, in name order. A template in the department's
/// own templates/ folder replaces the one with the same file name, for that department only.
/// </summary>
public static class TemplateSetLoader
{
    public const string PartsFolder = "parts";
    public const string OverrideFolder = "templates";

    public static IReadOnlyList<TemplateFile> Load(HouseStyle style, string? departmentFolder, DiagnosticBag bag)
    {
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in style.TemplateFolders)
        {
            var parts = Path.Combine(folder, PartsFolder);
            if (!Directory.Exists(parts)) continue;
            foreach (var file in Directory.EnumerateFiles(parts, "*.sbn", SearchOption.AllDirectories))
                byName.TryAdd(Path.GetRelativePath(parts, file).Replace('\\', '/'), file);
        }

        if (byName.Count == 0)
        {
            bag.Report(ComposeCodes.MissingTemplates, SourceLocation.OfFile(Display(style.TemplateFolders[0])),
                $"样式“{style.Name}”没有任何模板（parts/*.sbn）。", $"Style '{style.Name}' has no templates (parts/*.sbn).");
            return [];
        }

        var overrides = OverridesOf(departmentFolder, byName, bag);
        var templates = new List<TemplateFile>();
        foreach (var (name, path) in byName)
        {
            var display = Display(overrides.TryGetValue(Path.GetFileName(name), out var o) ? o : path);
            if (Read(o ?? path, display, bag) is { } text) templates.Add(new TemplateFile(name, display, text));
        }

        return templates;
    }

    /// <summary>A template's text: UTF-8 like the data (FA1002 where it is not), an empty file being an empty part.</summary>
    private static string? Read(string path, string display, DiagnosticBag bag)
    {
        try
        {
            return TextFileReader.Decode(File.ReadAllBytes(path), display, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(ComposeCodes.MissingTemplates, SourceLocation.OfFile(display), $"无法读取模板 {display}：{e.Message}",
                $"Cannot read template {display}: {e.Message}");
            return null;
        }
    }

    private static Dictionary<string, string> OverridesOf(string? departmentFolder, SortedDictionary<string, string> byName, DiagnosticBag bag)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (departmentFolder is null) return result;
        var dir = Path.Combine(departmentFolder, OverrideFolder);
        if (!Directory.Exists(dir)) return result;
        var known = byName.Keys.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (known.Contains(name)) result[name] = file;
            else
                bag.Add(new Diagnostic(ComposeCodes.MissingTemplates, SourceLocation.OfFile(Display(file)),
                    new($"部门模板 {name} 没有对应的默认模板，不会被使用（文件名须与 templates/<样式>/parts/ 中的某个模板相同）。",
                        $"Department template {name} replaces no default template and is not used (its name must match one under parts/)."),
                    SeverityOverride: Severity.Warning));
        }

        return result;
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
