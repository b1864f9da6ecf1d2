using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The part templates of a style, placed as its section list orders them. Section <c>x</c> is written by
/// <c>parts/x.sbn</c>, from the style's own folder or else its bases'; a part in the department's own templates/ folder
/// replaces it for that department only. A .sbn file that no section names is reported: it would never be used.
/// </summary>
public static class TemplateSetLoader
{
    public const string PartsFolder = "parts";
    public const string OverrideFolder = "templates";
    public const string Extension = ".sbn";

    /// <summary>The style's parts placed for a department (<paramref name="departmentFolder"/> null: the style's own).</summary>
    public static IReadOnlyList<PlacedSection> Load(HouseStyle style, string? departmentFolder, DiagnosticBag bag) =>
        Place(style, LoadStyle(style, bag), departmentFolder, bag);

    /// <summary>
    /// Reads the part templates of a style and its bases once (a part in the style's folder hides the base's of the same
    /// name), reporting a section that has neither a part nor sections under it, and every unused .sbn file.
    /// </summary>
    public static IReadOnlyDictionary<string, TemplateFile> LoadStyle(HouseStyle style, DiagnosticBag bag)
    {
        var known = style.KnownSections;
        var templates = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var folder in style.TemplateFolders)
        {
            var parts = Path.Combine(folder, PartsFolder);
            if (!Directory.Exists(parts)) continue;
            foreach (var path in Directory.EnumerateFiles(parts, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(parts, path).Replace('\\', '/');
                var id = relative[..^Extension.Length];
                if (!known.Contains(id)) Unused(path, relative, known, bag);
                else if (!templates.ContainsKey(id) && Read(path, Display(path), bag) is { } text)
                    templates[id] = new TemplateFile(id, Display(path), text);
            }
        }

        foreach (var (entry, _) in Included(style.Sections, 1))
        {
            if (!templates.ContainsKey(entry.Id) && entry.Children.Count == 0 && entry.Title is null)
                bag.Report(ComposeCodes.MissingTemplates, entry.Location,
                    $"部分“{entry.Id}”没有模板 {PartsFolder}/{entry.PartFile}，也没有标题或下级部分。",
                    $"Section '{entry.Id}' has no template {PartsFolder}/{entry.PartFile}, no title and no sections under it.");
        }

        return templates;
    }

    /// <summary>The included sections in document order with their depth, each with its part (the department's own first).</summary>
    public static IReadOnlyList<PlacedSection> Place(HouseStyle style, IReadOnlyDictionary<string, TemplateFile> parts,
        string? departmentFolder, DiagnosticBag bag)
    {
        var included = Included(style.Sections, 1).ToList();
        var overrides = Overrides(departmentFolder, style, included.Select(s => s.Entry.Id).ToHashSet(StringComparer.Ordinal), bag);
        return included.Select(s => new PlacedSection(s.Entry, s.Depth, overrides.GetValueOrDefault(s.Entry.Id) ?? parts.GetValueOrDefault(s.Entry.Id)))
            .ToList();
    }

    /// <summary>The sections a document holds (included, under included ones), depth first, with their depth.</summary>
    public static IEnumerable<(SectionEntry Entry, int Depth)> Included(IReadOnlyList<SectionEntry> sections, int depth) =>
        sections.Where(s => s.Include).SelectMany(s => Included(s.Children, depth + 1).Prepend((s, depth)));

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

    private static Dictionary<string, TemplateFile> Overrides(string? departmentFolder, HouseStyle style, HashSet<string> included,
        DiagnosticBag bag)
    {
        var result = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        if (departmentFolder is null) return result;
        var dir = Path.Combine(departmentFolder, OverrideFolder);
        if (!Directory.Exists(dir)) return result;
        foreach (var file in Directory.EnumerateFiles(dir, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (included.Contains(id))
            {
                if (Read(file, Display(file), bag) is { } text) result[id] = new TemplateFile(id, Display(file), text);
                continue;
            }

            var hint = Hint(id, included);
            var (zh, en) = style.KnownSections.Contains(id)
                ? ($"样式“{style.Name}”不包含部分“{id}”（include: false 或不在 sections 中），部门模板 {id}{Extension} 不会被使用。",
                    $"Style '{style.Name}' leaves section '{id}' out, so the department template {id}{Extension} is not used.")
                : ($"部门模板 {Path.GetFileName(file)} 没有对应的部分，不会被使用（文件名须为 style.yaml 的 sections 中的部分名加 {Extension}）。{hint.Zh}",
                    $"Department template {Path.GetFileName(file)} replaces no section and is not used (name it after a section id of style.yaml, plus {Extension}).{hint.En}");
            bag.Add(new Diagnostic(ComposeCodes.MissingTemplates, SourceLocation.OfFile(Display(file)), new(zh, en), SeverityOverride: Severity.Warning));
        }

        return result;
    }

    private static void Unused(string path, string relative, IReadOnlySet<string> known, DiagnosticBag bag)
    {
        var hint = Hint(Path.GetFileNameWithoutExtension(relative), known);
        bag.Add(new Diagnostic(ComposeCodes.MissingTemplates, SourceLocation.OfFile(Display(path)),
            new($"模板 {PartsFolder}/{relative} 没有被 style.yaml 的 sections 用到，不会出现在公开文件中（部分 x 的模板是 {PartsFolder}/x{Extension}）。{hint.Zh}",
                $"Template {PartsFolder}/{relative} is named by no section of style.yaml and is never used (section x is written by {PartsFolder}/x{Extension}).{hint.En}"),
            SeverityOverride: Severity.Warning));
    }

    /// <summary>"是不是 total.sbn？" for a name that misses a section id (such as an old numbered name, 01-total).</summary>
    private static (string Zh, string En) Hint(string name, IEnumerable<string> ids)
    {
        var bare = name.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimStart('-');
        var near = ids.Contains(bare) ? bare : NearestName.Of(bare, ids);
        return near is null ? ("", "") : ($"是不是 {near}{Extension}？", $" Did you mean {near}{Extension}?");
    }

    private static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
