using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// <c>finacc check</c>: the data of every department (<see cref="DataCheck"/>) and the templates they would be built
/// with. The style is read and every template parsed once; each department whose data passed is then composed (no file
/// is written), so an unknown variable or a broken directive is found as a build would find it. A problem in the style's
/// own files is reported once in <see cref="CheckReport.Templates"/>, however many departments meet it; a problem in a
/// department's own template stays with that department.
/// </summary>
public static class TemplateCheck
{
    /// <summary>
    /// Checks the departments of <paramref name="paths"/> and the style <paramref name="style"/> they use. A style that
    /// cannot be found is a usage error when <paramref name="required"/> (the user named it or the templates root), else
    /// a warning that only the data were checked. The data's characters are checked against the fonts a build with the
    /// same <paramref name="fontsFolder"/> (<c>--fonts</c>) would use.
    /// </summary>
    public static CheckReport Run(IEnumerable<string> paths, string? templatesRoot, string style, bool required,
        string? fontsFolder = null, CancellationToken cancellationToken = default)
    {
        var report = DataCheck.Run(paths, cancellationToken);
        SupervisorCheck.Report(report.Departments);
        var templates = new Once(new DiagnosticBag());
        var fonts = new Lazy<FontCatalog>(() => FontCatalog.ForSystem(ProjectFolders.FontsFolder(fontsFolder)));
        foreach (var group in report.Departments.GroupBy(d => ProjectFolders.TemplatesRoot(d.Folder.FullPath, templatesRoot, style), StringComparer.Ordinal))
        {
            if (!ProjectFolders.HasStyle(group.Key, style))
            {
                if (required) BuildPlan.CheckStyle(group.Key, style, report.Request);
                else
                    templates.Add(new Diagnostic(ComposeCodes.MissingTemplates, SourceLocation.OfFile(group.Key.Replace('\\', '/')),
                        new($"找不到版式“{style}”的模板（数据所在文件夹的上方、当前文件夹和程序所在文件夹都没有 templates/{style}/style.yaml），只核对了数据；请用 --templates 指明模板文件夹。",
                            $"Style '{style}' was not found (no templates/{style}/style.yaml above the data, here or beside the program); only the data were checked. Name the templates folder with --templates."),
                        SeverityOverride: Severity.Warning));
                continue;
            }

            var loaded = LoadedStyle.Read(group.Key, style);
            templates.AddRange(loaded.Diagnostics.Items);
            foreach (var template in loaded.Templates)
            {
                var syntax = new DiagnosticBag();
                ScribanRenderer.Parse(template, syntax);
                templates.AddRange(syntax.Items);
            }

            if (!loaded.IsUsable) continue;
            foreach (var department in group.Where(d => d.Model is not null && !d.Diagnostics.HasErrors))
            {
                // As a build does: the data's characters against the style's fonts, then composing.
                DataGlyphCheck.Run(department.Folder, loaded.Style!.Document, fonts.Value, department.Diagnostics, cancellationToken);
                if (!department.Diagnostics.HasErrors) Compose(department, loaded, templates, cancellationToken);
            }
        }

        return report with { Templates = templates.Bag };
    }

    /// <summary>Composes a department as a build would, sorting what it reports into the style's and the department's own.</summary>
    private static void Compose(LoadResult department, LoadedStyle loaded, Once templates, CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag();
        var sections = TemplateSetLoader.Place(loaded.Style!, loaded.Parts!, department.Folder.FullPath, bag);
        Composer.Compose(department.Model!, loaded.Style!, sections, loaded.Layouts!, bag, cancellationToken);
        var own = new Once(department.Diagnostics);
        foreach (var d in bag.Items)
        {
            if (loaded.Owns(d.Location)) templates.Add(d);
            else own.Add(d);
        }
    }

    /// <summary>A bag that takes each diagnostic once (same code, place, severity and message).</summary>
    private sealed class Once
    {
        private readonly HashSet<(string, string, Severity, string)> seen = [];

        public Once(DiagnosticBag bag)
        {
            Bag = bag;
            foreach (var d in bag.Items) seen.Add(Key(d));
        }

        public DiagnosticBag Bag { get; }

        public void Add(Diagnostic d)
        {
            if (seen.Add(Key(d))) Bag.Add(d);
        }

        public void AddRange(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var d in diagnostics) Add(d);
        }

        private static (string, string, Severity, string) Key(Diagnostic d) => (d.Code.Id, d.Location.ToString(), d.Severity, d.Message.Zh);
    }
}
