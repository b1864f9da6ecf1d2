using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// Writes <c>output/&lt;year&gt;/index.html</c>: a standalone page a publisher can upload as it is, listing every department
/// (sorted by id) with links to its files (PDF, Word, web page, Markdown, data), their sizes and SHA-256 checksums.
/// Same CSS conventions as the department pages; every value escaped; the same entries give the same bytes.
/// </summary>
public sealed class PortalIndexWriter(DocumentStyle? style = null)
{
    /// <summary>The index's file name inside the year folder.</summary>
    public const string FileName = "index.html";

    private readonly DocumentStyle style = style ?? DocumentStyle.Default;

    private PortalWords Words => style.Words.Portal;

    /// <summary>Writes the index for <paramref name="year"/>; <paramref name="title"/> defaults to the style's ("2024年度部门决算公开").</summary>
    public void Write(int year, IEnumerable<PortalEntry> entries, Stream output, string? title = null)
    {
        var html = Render(year, entries, title ?? PublishedWords.Fill(Words.Title, year.ToString(CultureInfo.InvariantCulture)));
        output.Write(new UTF8Encoding(false).GetBytes(html));
    }

    private string Render(int year, IEnumerable<PortalEntry> entries, string title)
    {
        var sorted = entries
            .OrderBy(e => e.Year)
            .ThenBy(e => e.DepartmentId, StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var fileCount = sorted.Sum(e => e.Files.Count);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").AppendEscaped(title).Append("</title>\n");
        sb.Append("<meta name=\"description\" content=\"").AppendEscaped(PublishedWords.Fill(Words.Description, title)).Append("\">\n");
        sb.Append("<meta name=\"generator\" content=\"FinalAccounts.Publisher\">\n<link rel=\"icon\" href=\"data:,\">\n");
        sb.Append("<style>\n").Append(HtmlStyleSheet.For(style)).Append(HtmlStyleSheet.Portal).Append("</style>\n</head>\n<body class=\"portal\">\n");
        sb.Append("<header class=\"doc-header\">\n<h1 class=\"doc-title\">").AppendEscaped(title).Append("</h1>\n");
        var count = PublishedWords.Fill(Words.Count, sorted.Count.ToString(CultureInfo.InvariantCulture), fileCount.ToString(CultureInfo.InvariantCulture));
        sb.Append("<p class=\"subtitle\">").AppendEscaped(count).Append("</p>\n</header>\n<main id=\"content\">\n");
        if (sorted.Count == 0) sb.Append("<p class=\"plain\">").AppendEscaped(Words.Empty).Append("</p>\n");
        else WriteTable(sb, year, sorted);
        sb.Append("<p class=\"note\">");
        Note(sb, Words.Note);
        sb.Append("</p>\n");
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The note, with each part in backquotes shown as a command.</summary>
    private static void Note(StringBuilder sb, string note)
    {
        var parts = note.Split('`');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1 && i < parts.Length - 1) sb.Append("<code>").AppendEscaped(parts[i]).Append("</code>");
            else sb.AppendEscaped(i % 2 == 1 ? "`" + parts[i] : parts[i]);
        }
    }

    private void WriteTable(StringBuilder sb, int year, List<PortalEntry> entries)
    {
        var showYear = entries.Any(e => e.Year != year);
        sb.Append("<div class=\"table-block\">\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"files-caption\">\n");
        sb.Append("<table id=\"files\" class=\"files\">\n<caption id=\"files-caption\"><span class=\"table-title sr-only\">")
            .AppendEscaped(Words.Caption).Append("</span></caption>\n<thead>\n<tr>");
        for (var c = 0; c < PortalWords.ColumnCount; c++)
        {
            if (c == 2 && !showYear) continue;
            sb.Append("<th scope=\"col\">").AppendEscaped(c < Words.Columns.Count ? Words.Columns[c] : "").Append("</th>");
        }

        sb.Append("</tr>\n</thead>\n");
        var number = 0;
        foreach (var entry in entries)
        {
            number++;
            var files = entry.Files
                .OrderBy(f => PortalFormats.Rank(f.Format))
                .ThenBy(f => f.Format, StringComparer.Ordinal)
                .ThenBy(f => f.Link, StringComparer.Ordinal)
                .ToList();
            var rows = Math.Max(files.Count, 1);
            var span = rows > 1 ? " rowspan=\"" + rows.ToString(CultureInfo.InvariantCulture) + "\"" : "";
            sb.Append("<tbody>\n<tr><td class=\"ac\"").Append(span).Append('>').Append(number.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            sb.Append("<th scope=\"rowgroup\"").Append(span).Append('>');
            DepartmentName(sb, entry, files);
            sb.Append("</th>");
            if (showYear) sb.Append("<td class=\"ac\"").Append(span).Append('>').Append(entry.Year.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            if (files.Count == 0) sb.Append("<td colspan=\"4\" class=\"ac\">").AppendEscaped(Words.NoFiles).Append("</td></tr>\n");
            for (var i = 0; i < files.Count; i++)
            {
                if (i > 0) sb.Append("<tr>");
                FileCells(sb, files[i]);
                sb.Append("</tr>\n");
            }

            sb.Append("</tbody>\n");
        }

        sb.Append("</table>\n</div>\n</div>\n");
    }

    /// <summary>The department's name, linked to its web page when it has one, with its id under it.</summary>
    private static void DepartmentName(StringBuilder sb, PortalEntry entry, List<PortalFile> files)
    {
        var page = files.Select(f => string.Equals(f.Format.Trim(), "html", StringComparison.OrdinalIgnoreCase) ? PortalFormats.Href(f.Link) : null)
            .FirstOrDefault(h => h is not null);
        if (page is not null) sb.Append("<a href=\"").AppendEscaped(page).Append("\">").AppendEscaped(entry.Name).Append("</a>");
        else sb.AppendEscaped(entry.Name);
        sb.Append("<span class=\"dept-id\">").AppendEscaped(entry.DepartmentId).Append("</span>");
    }

    private void FileCells(StringBuilder sb, PortalFile file)
    {
        sb.Append("<td class=\"ac\">").AppendEscaped(Words.Format(file.Format)).Append("</td><td class=\"file\">");
        var href = PortalFormats.Href(file.Link);
        var name = PortalFormats.FileName(file.Link);
        if (href is not null) sb.Append("<a href=\"").AppendEscaped(href).Append("\">").AppendEscaped(name).Append("</a>");
        else sb.AppendEscaped(name);
        sb.Append("</td><td class=\"num\"><data value=\"").Append(file.SizeBytes.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(PortalFormats.Size(file.SizeBytes)).Append("</data></td>");
        sb.Append("<td class=\"hash\"><code>").AppendEscaped(file.Sha256.Trim().ToLowerInvariant()).Append("</code></td>");
    }
}
