using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc facts</c>: every variable a template can use for one department, with its type, value, how the style prints
/// it and where it comes from; text for people, JSON for tools. Problems that stop it (no data, no style) are printed
/// as diagnostics with exit 1; check errors are only counted in the header.
/// </summary>
internal static class FactsCommand
{
    private const int TextWidth = 40;

    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var department = new Argument<string>("folder") { Description = "部门文件夹 / department folder" };
        var style = new Option<string>("--style") { Description = "版式（templates/ 下的文件夹名）/ house style", DefaultValueFactory = _ => "default" };
        var templates = new Option<string?>("--templates") { Description = "模板根文件夹 / templates root folder" };
        var facts = new Command("facts", "列出模板可用的全部变量：类型、值、来源 / List every template variable: type, value, source")
        {
            department, style, templates,
        };
        foreach (var option in shared.All) facts.Add(option);
        facts.SetAction(p => Run(p.GetValue(department)!,
            new BuildOptions("output", [], p.GetValue(templates), p.GetValue(style)!, null),
            shared.Read(p, output), cancellationToken));
        return facts;
    }

    public static int Run(string folder, BuildOptions build, CliOptions options, CancellationToken cancellationToken)
    {
        var general = new DiagnosticBag();
        var folders = DepartmentDiscovery.Expand([folder], general);
        if (general.HasErrors || folders.Count != 1)
        {
            foreach (var d in general.Sorted()) options.Console.MarkupLine($"[red]{Markup.Escape(DiagnosticFormatter.Headline(d, options.Language))}[/]");
            if (folders.Count > 1)
                options.Console.MarkupLine(Markup.Escape(options.Language == Language.En
                    ? $"{folder} holds {folders.Count} departments: name one department folder."
                    : $"{folder} 中有 {folders.Count} 个部门：请指定一个部门文件夹。"));
            return ExitCodes.Usage;
        }

        var (load, rows) = new DisclosureBuilder(build).Facts(folders[0], cancellationToken);
        if (rows is null)
        {
            TextReport.WriteDiagnostics(options.Console, load.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList(), options.Language);
            return ExitCodes.Errors;
        }

        var errors = load.Diagnostics.Items.Count(d => d.Severity == Severity.Error);
        if (options.Format == OutputFormat.Json) WriteJson(options.Output, load.Folder.DisplayPath, build.Style, errors, rows, options.Language);
        else WriteText(options.Output, load.Folder.DisplayPath, build.Style, errors, rows, options.Language);
        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, string folder, string style, int errors, IReadOnlyList<FactRow> rows, Language lang)
    {
        var en = lang == Language.En;
        output.WriteLine(en
            ? $"# Template variables of {folder} (style {style}): name, type, value, as printed, source. See templates/README.md."
            : $"# {folder} 的模板变量（版式 {style}）：名称、类型、值、印出、来源。用法见 templates/README.md。");
        if (errors > 0)
            output.WriteLine(en ? $"# The data have {errors} error(s) (finacc check): figures may be wrong." : $"# 数据有 {errors} 个错误（见 finacc check），数字可能不对。");
        foreach (var r in rows)
        {
            var kind = en ? r.Kind.Name().En : r.Kind.Name().Zh;
            var parts = new List<string> { r.Name, kind };
            if (r.Missing is { } missing) parts.Add(en ? missing.En : missing.Zh);
            else
            {
                if (r.Kind == FactKind.Text) parts.Add(Short($"“{r.Value}”"));
                else if (r.Value.Length > 0) parts.Add(Short(r.Value));
                if (r.Printed.Length > 0 && r.Printed != r.Value) parts.Add("→ " + r.Printed);
                if (Source(r, lang) is { Length: > 0 } source) parts.Add(source);
                if (r.Label.Length > 0) parts.Add(r.Label);
            }

            output.WriteLine(string.Join("  ", parts));
        }
    }

    private static string Source(FactRow r, Language lang)
    {
        if (r.Formula.Length > 0) return (lang == Language.En ? "computed: " : "计算：") + r.Formula;
        if (r.Location.IsNone) return "";
        return (r.Location.IsPoint ? "" : lang == Language.En ? "computed in " : "程序计算于 ") + r.Location;
    }

    private static string Short(string text)
    {
        var printable = DiagnosticText.Printable(text);
        return printable.Length <= TextWidth ? printable : printable[..TextWidth] + "…";
    }

    private static void WriteJson(TextWriter output, string folder, string style, int errors, IReadOnlyList<FactRow> rows, Language lang)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("department", folder);
            w.WriteString("style", style);
            w.WriteNumber("errors", errors);
            w.WriteStartArray("facts");
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("name", r.Name);
                w.WriteString("type", r.Kind.Name().En);
                if (r.Missing is { } missing) w.WriteString("missing", lang == Language.En ? missing.En : missing.Zh);
                else
                {
                    w.WriteString("value", r.Value);
                    if (r.Printed.Length > 0) w.WriteString("printed", r.Printed);
                    if (!r.Location.IsNone) w.WriteString("source", r.Location.ToString());
                    if (r.Formula.Length > 0) w.WriteString("computed", r.Formula);
                    if (r.Label.Length > 0) w.WriteString("label", r.Label);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }
}
