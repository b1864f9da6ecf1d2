using FinalAccounts.Publisher.Diagnostics;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>Prints diagnostics for people: one line per problem, the hint once per kind of problem, a verdict per department.</summary>
internal static class TextReport
{
    /// <summary>A department's problems and verdict; <paramref name="quiet"/> leaves out the info lines (still counted).</summary>
    public static void Write(IAnsiConsole console, DepartmentReport report, Language lang, bool quiet = false)
    {
        WriteDiagnostics(console, report.Diagnostics, lang, quiet);
        var folder = DiagnosticText.Printable(report.Folder);
        var verdict = lang == Language.En
            ? $"{folder}: {report.Errors} error(s), {report.Warnings} warning(s), {report.Infos} note(s)."
            : $"{folder}：{report.Errors} 个错误，{report.Warnings} 个警告，{report.Infos} 条提示。";
        var advice = report.Errors > 0
            ? lang == Language.En ? " Fix the errors above, then run the check again." : "请按上面的提示改正错误后重新检查。"
            : lang == Language.En ? " The data can be published." : "数据核对通过，可以生成公开文件。";
        console.MarkupLine($"[{(report.Errors > 0 ? "red" : "green")}]{Markup.Escape(verdict + advice)}[/]");
    }

    /// <summary>The templates' problems (each once, whatever the number of departments) and their verdict.</summary>
    public static void WriteTemplates(IAnsiConsole console, DepartmentReport report, Language lang, bool quiet = false)
    {
        WriteDiagnostics(console, report.Diagnostics, lang, quiet);
        var style = DiagnosticText.Printable(report.Folder);
        var verdict = lang == Language.En
            ? $"Templates (style {style}): {report.Errors} error(s), {report.Warnings} warning(s)." +
              (report.Errors > 0 ? " Fix the templates above; nothing can be built with them." : "")
            : $"模板（版式 {style}）：{report.Errors} 个错误，{report.Warnings} 个警告。" + (report.Errors > 0 ? "请先改正上面的模板错误，否则无法生成。" : "");
        console.MarkupLine($"[{(report.Errors > 0 ? "red" : report.Warnings > 0 ? "yellow" : "green")}]{Markup.Escape(verdict)}[/]");
    }

    /// <summary>Prints each diagnostic on one line, and each kind's hint once; <paramref name="quiet"/> leaves out info lines.</summary>
    public static void WriteDiagnostics(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, Language lang, bool quiet = false)
    {
        var hinted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            if (quiet && d.Severity == Severity.Info) continue;
            var color = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            console.MarkupLine($"[{color}]{Markup.Escape(DiagnosticFormatter.Headline(d, lang))}[/]");
            if (hinted.Add(d.Code.Id))
                console.MarkupLine($"    [dim]{Markup.Escape(DiagnosticFormatter.Hint(d, lang))}[/]");
        }
    }
}
