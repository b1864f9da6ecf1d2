using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// An audit as one HTML page for a reviewer: the findings listed first, each linking to its place, then the document's
/// text with every finding marked where it is — the written figure inside its paragraph, the cell of its table row —
/// its message, should-be and arithmetic in the mark's tooltip. Deterministic: the same audit gives the same bytes.
/// </summary>
public static class AuditHtmlReport
{
    public static string Write(AuditResult result, Language language)
    {
        var en = language == Language.En;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Tag()).Append("\"><head><meta charset=\"utf-8\"><title>")
            .AppendEscaped((en ? "Audit: " : "审核：") + result.Document).Append("</title><style>").Append(Css).Append("</style></head><body>\n");
        sb.Append("<h1>").AppendEscaped((en ? "Audit of " : "审核：") + result.Document).Append("</h1>\n<p class=\"summary\">").AppendEscaped(Summary(result, en))
            .Append("</p>\n<ol class=\"findings\">\n");
        var shown = result.Findings.Where(f => f.Diagnostic.Severity != Severity.Info || f.Diagnostic.Code == AuditCodes.NotUnderstood).ToList();
        foreach (var f in shown)
        {
            sb.Append("<li class=\"").Append(DiagnosticFormatter.SeverityWord(f.Diagnostic.Severity)).Append("\">");
            var anchor = Anchor(f.Diagnostic.Location);
            if (anchor.Length > 0) sb.Append("<a href=\"#").Append(anchor).Append("\">");
            sb.AppendEscaped(DiagnosticFormatter.Headline(f.Diagnostic, language));
            if (anchor.Length > 0) sb.Append("</a>");
            if (Detail(f, en) is { Length: > 0 } detail) sb.Append("<br><span class=\"detail\">").AppendEscaped(detail).Append("</span>");
            sb.Append("</li>\n");
        }

        sb.Append("</ol>\n<hr>\n");
        if (result.Text is { } text) Body(sb, text, shown, language);
        return sb.Append("</body></html>\n").ToString();
    }

    /// <summary>The one-line verdict: errors, warnings, figures checked, sentences not understood.</summary>
    public static string Summary(AuditResult r, bool en) => en
        ? $"{r.Count(Severity.Error)} errors, {r.Count(Severity.Warning)} warnings; {r.FiguresChecked} figures checked, {r.NotUnderstood} sentences with figures not understood."
        : $"错误 {r.Count(Severity.Error)} 个，警告 {r.Count(Severity.Warning)} 个；核对了 {r.FiguresChecked} 个数字，{r.NotUnderstood} 句含数字的句子未能解析。";

    private static string Detail(AuditFinding f, bool en)
    {
        var parts = new List<string>();
        if (f.Quote.Length > 0) parts.Add($"“{f.Quote}”");
        if (f.Written.Length > 0 || f.Expected.Length > 0) parts.Add(en ? $"written {f.Written}, should be {f.Expected}" : $"写作 {f.Written}，应为 {f.Expected}");
        if (f.Arithmetic.Length > 0) parts.Add(f.Arithmetic);
        return string.Join(en ? "; " : "；", parts);
    }

    private static string Anchor(SourceLocation at) => at.Part switch
    {
        DocumentPart { Paragraph: > 0 } d => $"p{d.Paragraph}",
        DocumentPart { Table: > 0 } d => at.Line > 0 ? $"t{d.Table}r{at.Line}" : $"t{d.Table}",
        _ => "",
    };

    private static void Body(StringBuilder sb, ReadDocument document, List<AuditFinding> findings, Language language)
    {
        var table = 0;
        foreach (var block in document.Blocks)
        {
            if (block is Table t)
            {
                TableHtml(sb, t, ++table, findings.Where(f => f.Diagnostic.Location.Part is DocumentPart { Paragraph: 0 } d && d.Table == table).ToList(), language);
                continue;
            }

            if (ReadDocument.TextOf(block) is not { } raw || block.Location.Part is not DocumentPart { Paragraph: var n }) continue;
            var marks = findings.Where(f => f.Diagnostic.Location.Part is DocumentPart { Paragraph: var p } && p == n).ToList();
            var tag = block is Heading ? "h3" : "p";
            sb.Append('<').Append(tag).Append(" id=\"p").Append(n).Append("\"><span class=\"n\">¶").Append(n).Append("</span> ");
            Marked(sb, marks.Count == 0 ? raw : ProseText.Normalise(raw), marks, language);
            sb.Append("</").Append(tag).Append(">\n");
        }
    }

    /// <summary>A paragraph's text with each finding's written figure (or its quote) marked.</summary>
    private static void Marked(StringBuilder sb, string text, List<AuditFinding> marks, Language language)
    {
        var spans = new List<(int Start, int End, AuditFinding Finding)>();
        foreach (var f in marks)
        {
            var quote = f.Quote.Trim('…');
            var at = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0) continue;
            var written = f.Written.TrimEnd('%').Replace("万元", "", StringComparison.Ordinal);
            var inner = written.Length == 0 ? -1 : text.IndexOf(written, at, quote.Length, StringComparison.Ordinal);
            var (start, end) = inner >= 0 ? (inner, inner + written.Length) : (at, at + quote.Length);
            if (spans.All(s => end <= s.Start || start >= s.End)) spans.Add((start, end, f));
        }

        var last = 0;
        foreach (var (start, end, f) in spans.OrderBy(s => s.Start))
        {
            sb.AppendEscaped(text[last..start]).Append("<mark class=\"").Append(DiagnosticFormatter.SeverityWord(f.Diagnostic.Severity))
                .Append("\" title=\"").AppendEscaped(Title(f, language)).Append("\">").AppendEscaped(text[start..end]).Append("</mark>");
            last = end;
        }

        sb.AppendEscaped(text[last..]);
    }

    private static string Title(AuditFinding f, Language language) =>
        f.Diagnostic.Code.Id + " " + f.Diagnostic.Message.For(language) + (f.Arithmetic.Length > 0 ? " " + f.Arithmetic : "");

    private static void TableHtml(StringBuilder sb, Table table, int index, List<AuditFinding> findings, Language language)
    {
        sb.Append("<table id=\"t").Append(index).Append("\"><caption>t").Append(index).Append("</caption>\n");
        var rows = table.Header.Concat(table.Body).ToList();
        var taken = new HashSet<(int, int)>();
        for (var r = 0; r < rows.Count; r++)
        {
            sb.Append("<tr id=\"t").Append(index).Append('r').Append(r + 1).Append("\">");
            var column = 1;
            foreach (var cell in rows[r].Cells)
            {
                while (taken.Contains((r, column))) column++;
                var covers = Enumerable.Range(column, cell.ColSpan).ToHashSet();
                var hits = findings.Where(f => f.Diagnostic.Location.Line == r + 1 && covers.Contains(f.Diagnostic.Location.Column)).ToList();
                for (var dr = 0; dr < cell.RowSpan; dr++)
                    foreach (var c in covers) taken.Add((r + dr, c));
                sb.Append(r < table.Header.Count ? "<th" : "<td");
                if (cell.ColSpan > 1) sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                if (hits.Count > 0)
                    sb.Append(" class=\"").Append(DiagnosticFormatter.SeverityWord(hits.Max(h => h.Diagnostic.Severity))).Append("\" title=\"")
                        .AppendEscaped(string.Join("\n", hits.Select(h => Title(h, language)))).Append('"');
                sb.Append('>').AppendEscaped(cell.Text).Append(r < table.Header.Count ? "</th>" : "</td>");
                column += cell.ColSpan;
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table>\n");
    }

    private const string Css =
        "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.6}" +
        "mark.error,td.error,th.error{background:#fbb}mark.warning,td.warning,th.warning{background:#fe9}mark.info{background:#ddd}" +
        "li.error{color:#a00}li.warning{color:#860}li.info{color:#666}.detail{color:#333;font-size:.9em}" +
        "span.n{color:#999;font-size:.8em}table{border-collapse:collapse;margin:1em 0;font-size:.85em}" +
        "td,th{border:1px solid #ccc;padding:2px 6px}caption{text-align:left;color:#999}";
}
