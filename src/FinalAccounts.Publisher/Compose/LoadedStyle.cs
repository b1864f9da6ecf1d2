using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A house style read once with all that composing needs: the style, its table layouts, its part templates, and what
/// reading them reported. Builds, checks and previews of many departments share one.
/// </summary>
public sealed record LoadedStyle(HouseStyle? Style, TableLayouts? Layouts, IReadOnlyDictionary<string, TemplateFile>? Parts,
    DiagnosticBag Diagnostics)
{
    /// <summary>Reads the style <paramref name="name"/> of a templates root.</summary>
    public static LoadedStyle Read(string templatesRoot, string name)
    {
        var bag = new DiagnosticBag();
        var style = HouseStyleReader.Read(templatesRoot, name, bag);
        var layouts = style is null ? null : TableLayouts.Read(style, bag);
        var parts = style is null ? null : TemplateSetLoader.LoadStyle(style, bag);
        return new LoadedStyle(style, layouts, parts, bag);
    }

    /// <summary>Whether departments can be composed with it (it was read without errors).</summary>
    public bool IsUsable => Style is not null && Layouts is not null && Parts is not null && !Diagnostics.HasErrors;

    /// <summary>Every template of the style: the section titles (in style.yaml) and the parts.</summary>
    public IEnumerable<TemplateFile> Templates =>
        (Style?.Sections ?? []).SelectMany(s => s.SelfAndDescendants()).Select(s => s.Title).OfType<TemplateFile>()
            .Concat(Parts?.Values.OrderBy(p => p.Name, StringComparer.Ordinal) ?? Enumerable.Empty<TemplateFile>());

    /// <summary>Whether a place lies in one of the style's files (its folder or a base style's), not in a department's.</summary>
    public bool Owns(SourceLocation location) =>
        !location.IsNone && Style is { } style && Path.GetFullPath(location.File) is var file &&
        style.TemplateFolders.Any(f => file.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal));
}
