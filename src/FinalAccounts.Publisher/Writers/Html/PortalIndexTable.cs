using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>One table of the portal index: a row group per department (name, publish date), a row per public file.</summary>
internal static class PortalIndexTable
{
    /// <summary>Writes the table and returns the last department number used (numbers run on across groups).</summary>
    public static int Write(StringBuilder sb, int year, List<PortalEntry> entries, int number, string captionId, PortalWords words)
    {
        var showYear = entries.Any(e => e.Year != year);
        sb.Append("<div class=\"table-block\">\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(captionId).Append("\">\n");
        sb.Append("<table class=\"files\">\n<caption id=\"").Append(captionId).Append("\"><span class=\"table-title sr-only\">")
            .AppendEscaped(words.Caption).Append("</span></caption>\n<thead>\n<tr>");
        for (var c = 0; c < PortalWords.ColumnCount; c++)
        {
            if (c == 2 && !showYear) continue;
            sb.Append("<th scope=\"col\">").AppendEscaped(c < words.Columns.Count ? words.Columns[c] : "").Append("</th>");
        }

        sb.Append("</tr>\n</thead>\n");
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
            sb.Append("<tbody data-id=\"").AppendEscaped(entry.DepartmentId).Append("\" data-name=\"").AppendEscaped(entry.Name).Append("\">\n");
            sb.Append("<tr><td class=\"ac\"").Append(span).Append('>').Append(number.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            sb.Append("<th scope=\"rowgroup\"").Append(span).Append('>');
            DepartmentName(sb, entry, files, words);
            sb.Append("</th>");
            if (showYear) sb.Append("<td class=\"ac\"").Append(span).Append('>').Append(entry.Year.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            if (files.Count == 0) sb.Append("<td colspan=\"4\" class=\"ac\">").AppendEscaped(words.NoFiles).Append("</td></tr>\n");
            for (var i = 0; i < files.Count; i++)
            {
                if (i > 0) sb.Append("<tr>");
                FileCells(sb, files[i], words);
                sb.Append("</tr>\n");
            }

            sb.Append("</tbody>\n");
        }

        sb.Append("</table>\n</div>\n</div>\n");
        return number;
    }

    /// <summary>The department's name, linked to its web page when it has one, with its id and publish date under it.</summary>
    private static void DepartmentName(StringBuilder sb, PortalEntry entry, List<PortalFile> files, PortalWords words)
    {
        var page = files.Select(f => string.Equals(f.Format.Trim(), "html", StringComparison.OrdinalIgnoreCase) ? PortalFormats.Href(f.Link) : null)
            .FirstOrDefault(h => h is not null);
        if (page is not null) sb.Append("<a href=\"").AppendEscaped(page).Append("\">").AppendEscaped(entry.Name).Append("</a>");
        else sb.AppendEscaped(entry.Name);
        sb.Append("<span class=\"dept-id\">").AppendEscaped(entry.DepartmentId).Append("</span>");
        if (entry.Published is { } date)
            sb.Append("<span class=\"dept-date\">").AppendEscaped(words.PublishDate).Append("：<time datetime=\"").AppendEscaped(date).Append("\">")
                .AppendEscaped(date).Append("</time></span>");
    }

    private static void FileCells(StringBuilder sb, PortalFile file, PortalWords words)
    {
        sb.Append("<td class=\"ac\">").AppendEscaped(PortalFormats.Label(file.Format, words)).Append("</td><td class=\"file\">");
        var href = PortalFormats.Href(file.Link);
        var name = PortalFormats.FileName(file.Link);
        if (href is not null) sb.Append("<a href=\"").AppendEscaped(href).Append("\">").AppendEscaped(name).Append("</a>");
        else sb.AppendEscaped(name);
        sb.Append("</td><td class=\"num\"><data value=\"").Append(file.SizeBytes.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(PortalFormats.Size(file.SizeBytes)).Append("</data></td>");
        sb.Append("<td class=\"hash\"><code>").AppendEscaped(file.Sha256.Trim().ToLowerInvariant()).Append("</code></td>");
    }
}
