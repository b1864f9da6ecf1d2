using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Diagnostics;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>An audit's findings on the terminal (one line each, then quote, written → should be, arithmetic) or as JSON.</summary>
internal static class AuditReport
{
    public static void WriteText(IAnsiConsole console, AuditResult result, Language lang, bool quiet)
    {
        var en = lang == Language.En;
        foreach (var f in result.Findings.Where(f => !quiet || f.Diagnostic.Severity != Severity.Info))
        {
            var colour = f.Diagnostic.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            console.MarkupLine($"[{colour}]{Markup.Escape(DiagnosticFormatter.Headline(f.Diagnostic, lang))}[/]");
            if (f.Quote.Length > 0) console.MarkupLine(Markup.Escape($"    “{f.Quote}”"));
            if (f.Written.Length > 0 || f.Expected.Length > 0)
                console.MarkupLine(Markup.Escape(en ? $"    written: {f.Written}  should be: {f.Expected}" : $"    写作：{f.Written}  应为：{f.Expected}"));
            if (f.Arithmetic.Length > 0) console.MarkupLine(Markup.Escape((en ? "    arithmetic: " : "    算式：") + f.Arithmetic));
        }

        var (errors, warnings) = (result.Count(Severity.Error), result.Count(Severity.Warning));
        console.MarkupLine(Markup.Escape(en
            ? $"{result.Document}: {errors} errors, {warnings} warnings; {result.FiguresChecked} figures checked, {result.NotUnderstood} sentences with figures not understood."
            : $"{result.Document}：错误 {errors} 个，警告 {warnings} 个；核对了 {result.FiguresChecked} 个数字，{result.NotUnderstood} 句含数字的句子未能解析。"));
    }

    public static void WriteJson(TextWriter output, AuditResult result, Language lang)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("language", lang == Language.En ? "en" : "zh");
            w.WriteString("document", result.Document);
            w.WriteNumber("errors", result.Count(Severity.Error));
            w.WriteNumber("warnings", result.Count(Severity.Warning));
            w.WriteNumber("figures_checked", result.FiguresChecked);
            w.WriteNumber("not_understood", result.NotUnderstood);
            w.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                w.WriteStartObject();
                w.WriteString("at", f.Diagnostic.Location.ToString());
                w.WriteString("severity", DiagnosticFormatter.SeverityWord(f.Diagnostic.Severity));
                w.WriteString("code", f.Diagnostic.Code.Id);
                w.WriteString("message", f.Diagnostic.Message.For(lang));
                w.WriteString("quote", f.Quote);
                w.WriteString("written", f.Written);
                w.WriteString("expected", f.Expected);
                w.WriteString("arithmetic", f.Arithmetic);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
