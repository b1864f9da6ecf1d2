using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Markdown;

namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>The sample department composed with a style, in process, once per style (the inputs never change during a run).</summary>
internal static class SampleDisclosure
{
    private static readonly Dictionary<string, Composed> Cache = [];
    private static readonly Lock CacheLock = new();

    public static string RepositoryRoot => Support.SampleData.RepositoryRoot;

    public static string SampleFolder => Path.Combine(RepositoryRoot, "data", "2024", "hongshan-jkj");

    public static string TemplatesRoot => Path.Combine(RepositoryRoot, "templates");

    /// <summary>The composed sample for a style (default: the house default).</summary>
    public static Composed Get(string style = "default")
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(style, out var composed)) Cache[style] = composed = Compose(SampleFolder, style);
            return composed;
        }
    }

    public static Composed Compose(string departmentFolder, string style, bool check = true) =>
        Compose(departmentFolder, style, TemplatesRoot, check);

    /// <summary>
    /// A department composed with a style of another templates root (the style itself must read without errors);
    /// without <paramref name="check"/>, from its model alone (check problems left out).
    /// </summary>
    public static Composed Compose(string departmentFolder, string style, string templatesRoot, bool check = true)
    {
        var load = new DepartmentLoader().Load(departmentFolder);
        if (check) Checker.Run(load);
        var bag = check ? load.Diagnostics : new DiagnosticBag();
        var house = HouseStyleReader.Read(templatesRoot, style, bag) ?? throw new InvalidOperationException(Report(bag));
        var layouts = TableLayouts.Read(house, bag);
        var templates = TemplateSetLoader.Load(house, departmentFolder, bag);
        var result = Composer.Compose(load.Model!, house, templates, layouts, bag);
        string? markdown = null;
        if (result.Document is { } doc)
        {
            using var stream = new MemoryStream();
            new MarkdownWriter().Write(doc, new WriterContext(house.Document, null, bag), stream, CancellationToken.None);
            markdown = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        return new Composed(result.Document, markdown, bag, house);
    }

    public static string Report(DiagnosticBag bag) =>
        string.Join("\n", bag.Sorted().Where(d => d.Severity != Severity.Info).Select(d => DiagnosticFormatter.Headline(d, Language.En)));
}

/// <summary>A composed sample: the document tree, its Markdown, the diagnostics and the style used.</summary>
internal sealed record Composed(DocumentTree? Document, string? Markdown, DiagnosticBag Diagnostics, HouseStyle Style);
