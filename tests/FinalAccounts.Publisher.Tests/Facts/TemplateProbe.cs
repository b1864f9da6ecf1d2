using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>
/// Renders one template text against a department's facts with a number style, in process, the way a part is rendered
/// (<see cref="ScribanRenderer"/>): what a template editor would see for one line.
/// </summary>
internal static class TemplateProbe
{
    private static readonly Lazy<DepartmentYear> SampleModel = new(() => Load(SampleData.DepartmentFolder));

    public static DepartmentYear Sample => SampleModel.Value;

    /// <summary>A department's model (read, not checked: facts do not need the checks to pass).</summary>
    public static DepartmentYear Load(string folder)
    {
        var load = new DepartmentLoader().Load(folder);
        Assert.That(load.Model, Is.Not.Null, string.Join("\n", load.Diagnostics.Sorted().Select(d => DiagnosticFormatter.Headline(d, Language.En))));
        return load.Model!;
    }

    /// <summary>Every fact data.json holds, by path, with its value (places left aside: they differ by source).</summary>
    public static Dictionary<string, object?> OpenDataValues(DepartmentYear m) =>
        FactCatalog.Flatten(FactCatalog.Of(FactsBuilder.Build(m)))
            .Where(f => f.Node.InOpenData && f.Node.Kind != FactKind.Missing).ToDictionary(f => f.Path, f => f.Node.Value);

    /// <summary>The rendered text, or null with the diagnostics (each located in "probe.sbn").</summary>
    public static (string? Text, DiagnosticBag Bag) Render(string template, DepartmentYear? model = null, NumberStyle? numbers = null,
        WordStyle? words = null, string part = "total")
    {
        var style = numbers ?? NumberStyle.Default;
        var facts = FactsBuilder.Build(model ?? Sample, style.ZeroBase);
        var bag = new DiagnosticBag();
        var renderer = new ScribanRenderer(new NumberFormatter(style), words ?? WordStyle.Default);
        return (renderer.Render(new TemplateFile(part, "probe.sbn", template), facts, bag), bag);
    }

    /// <summary>The rendered text as a reader sees it (Markdown escapes removed); fails the test with the diagnostics when the template does not render.</summary>
    public static string Text(string template, DepartmentYear? model = null, NumberStyle? numbers = null, WordStyle? words = null,
        string part = "total")
    {
        var (text, bag) = Render(template, model, numbers, words, part);
        Assert.That(text, Is.Not.Null, string.Join("\n", bag.Sorted().Select(d => DiagnosticFormatter.Headline(d, Language.En))));
        // Values are written as text, escaped for Markdown (24.4\%): compare what a reader sees.
        return System.Text.RegularExpressions.Regex.Replace(text!, @"\\([!-/:-@\[-`{-~])", "$1");
    }

    /// <summary>The one error a template gives: its code and place.</summary>
    public static Diagnostic Error(string template, DepartmentYear? model = null, NumberStyle? numbers = null)
    {
        var (text, bag) = Render(template, model, numbers);
        Assert.That(text, Is.Null, "the template must stop");
        return bag.Items.Single(d => d.Severity == Severity.Error);
    }
}
