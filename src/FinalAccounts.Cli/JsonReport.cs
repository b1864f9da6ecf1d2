using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Cli;

/// <summary>Machine-readable results: departments with their diagnostics (place, code, message, figures).</summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<DepartmentReport> reports, IReadOnlyList<Diagnostic> general, Language lang,
        DepartmentReport? templates = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("language", lang == Language.En ? "en" : "zh");
            w.WriteNumber("errors", reports.Sum(r => r.Errors) + general.Count(d => d.Severity == Severity.Error) + (templates?.Errors ?? 0));
            w.WriteStartArray("diagnostics");
            foreach (var d in general) WriteDiagnostic(w, d, lang);
            w.WriteEndArray();
            if (templates is not null)
            {
                w.WriteStartObject("templates");
                w.WriteString("style", templates.Folder);
                WriteReport(w, templates, lang);
                w.WriteEndObject();
            }

            w.WriteStartArray("departments");
            foreach (var r in reports)
            {
                w.WriteStartObject();
                w.WriteString("folder", r.Folder);
                w.WriteString("status", r.Errors > 0 ? "failed" : "ok");
                WriteReport(w, r, lang);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A report's counts and diagnostics, inside its object.</summary>
    private static void WriteReport(Utf8JsonWriter w, DepartmentReport r, Language lang)
    {
        w.WriteNumber("errors", r.Errors);
        w.WriteNumber("warnings", r.Warnings);
        w.WriteNumber("infos", r.Infos);
        w.WriteStartArray("diagnostics");
        foreach (var d in r.Diagnostics) WriteDiagnostic(w, d, lang);
        w.WriteEndArray();
    }

    /// <summary>The results of a build: per department its status, pages, time, output files (size, SHA-256) and diagnostics.</summary>
    public static void WriteBuild(TextWriter output, FinalAccounts.Publisher.Publish.BatchResult result, IReadOnlyList<Diagnostic> general, Language lang)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("language", lang == Language.En ? "en" : "zh");
            w.WriteNumber("errors", result.Builds.Sum(b => b.Diagnostics.Count(Severity.Error)) + general.Count(d => d.Severity == Severity.Error));
            w.WriteStartArray("diagnostics");
            foreach (var d in general) WriteDiagnostic(w, d, lang);
            w.WriteEndArray();
            w.WriteStartArray("departments");
            foreach (var b in result.Builds)
            {
                w.WriteStartObject();
                w.WriteString("folder", b.Folder);
                w.WriteString("status", b.Status.ToString().ToLowerInvariant());
                w.WriteNumber("pages", b.Pages);
                w.WriteNumber("time_ms", (long)b.Elapsed.TotalMilliseconds);
                w.WriteString("output", b.OutputFolder ?? "");
                w.WriteNumber("errors", b.Diagnostics.Count(Severity.Error));
                w.WriteNumber("warnings", b.Diagnostics.Count(Severity.Warning));
                w.WriteStartArray("files");
                foreach (var f in b.Manifest?.Files ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("name", f.Name);
                    w.WriteNumber("size", f.Size);
                    w.WriteString("sha256", f.Sha256);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("diagnostics");
                foreach (var d in b.Diagnostics.Sorted()) WriteDiagnostic(w, d, lang);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("indexes");
            foreach (var i in result.Indexes) w.WriteStringValue(i);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, Language lang)
    {
        w.WriteStartObject();
        w.WriteString("severity", DiagnosticFormatter.SeverityWord(d.Severity));
        w.WriteString("code", d.Code.Id);
        WriteLocation(w, d.Location);
        w.WriteString("message", d.Message.For(lang));
        w.WriteString("hint", d.Code.Hint.For(lang));
        if (d.Figures is { } f)
        {
            w.WriteNumber("expected", f.Expected);
            w.WriteNumber("actual", f.Actual);
            w.WriteNumber("difference", f.Difference);
            w.WriteNumber("tolerance", f.Tolerance);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The place in the fields of its kind: always <c>place</c> (as printed) and <c>file</c>; a text file's line and
    /// column; a workbook's sheet, cell, row and column; a document's page, paragraph, table, row and column.
    /// </summary>
    internal static void WriteLocation(Utf8JsonWriter w, SourceLocation at)
    {
        w.WriteString("place", at.ToString());
        w.WriteString("file", at.File);
        switch (at.Part)
        {
            case SheetPart sheet:
                w.WriteString("kind", "cell");
                w.WriteString("sheet", sheet.Name);
                w.WriteString("cell", SourceLocation.CellName(at.Line, at.Column));
                w.WriteNumber("row", at.Line);
                w.WriteNumber("column", at.Column);
                break;
            case DocumentPart doc:
                w.WriteString("kind", "document");
                w.WriteNumber("page", doc.Page);
                w.WriteNumber("paragraph", doc.Paragraph);
                w.WriteNumber("table", doc.Table);
                w.WriteNumber("row", at.Line);
                w.WriteNumber("column", at.Column);
                break;
            default:
                w.WriteString("kind", "text");
                w.WriteNumber("line", at.Line);
                w.WriteNumber("column", at.Column);
                break;
        }
    }
}
