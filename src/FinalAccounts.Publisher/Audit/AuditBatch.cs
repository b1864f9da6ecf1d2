using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Every document of a folder (.docx, .md, .txt, not in subfolders) audited in parallel, in file-name order, and the
/// summary page a finance bureau reads first: one row per document with its errors, warnings, figures checked and
/// sentences not understood, linking to its own report.
/// </summary>
public static class AuditBatch
{
    public static IReadOnlyList<AuditResult> Run(string folder, AuditOptions options, CancellationToken cancellationToken = default)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => DocumentAudit.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal).ToList();
        return files.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(f => DocumentAudit.Run(f, options, cancellationToken)).ToList();
    }

    /// <summary>The report file name of a document in a batch: its file name with .html added.</summary>
    public static string ReportName(AuditResult result) => Path.GetFileName(result.Document) + ".html";

    public static string Summary(string folder, IReadOnlyList<AuditResult> results, Language language)
    {
        var en = language == Language.En;
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
        sb.AppendEscaped((en ? "Audit of " : "审核汇总：") + folder).Append("</title><style>")
            .Append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}")
            .Append("td.n{text-align:right}tr.failed td{background:#fdd}</style></head><body>\n<h1>")
            .AppendEscaped((en ? "Audit of " : "审核汇总：") + folder).Append("</h1>\n<p>")
            .AppendEscaped(en ? $"{results.Count} documents, {results.Count(r => r.HasErrors)} with errors."
                : $"共 {results.Count} 份文档，{results.Count(r => r.HasErrors)} 份有错误。")
            .Append("</p>\n<table><tr><th>").AppendEscaped(en ? "Document" : "文档").Append("</th><th>").AppendEscaped(en ? "Errors" : "错误")
            .Append("</th><th>").AppendEscaped(en ? "Warnings" : "警告").Append("</th><th>").AppendEscaped(en ? "Figures checked" : "核对的数字")
            .Append("</th><th>").AppendEscaped(en ? "Not understood" : "未能解析的句子").Append("</th></tr>\n");
        foreach (var r in results)
            sb.Append(r.HasErrors ? "<tr class=\"failed\">" : "<tr>").Append("<td><a href=\"").AppendEscaped(Uri.EscapeDataString(ReportName(r)))
                .Append("\">").AppendEscaped(Path.GetFileName(r.Document)).Append("</a></td><td class=\"n\">").Append(r.Count(Severity.Error))
                .Append("</td><td class=\"n\">").Append(r.Count(Severity.Warning)).Append("</td><td class=\"n\">").Append(r.FiguresChecked)
                .Append("</td><td class=\"n\">").Append(r.NotUnderstood).Append("</td></tr>\n");
        return sb.Append("</table>\n</body></html>\n").ToString();
    }
}
