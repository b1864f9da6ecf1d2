using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// Writes <c>output/&lt;year&gt;/index.html</c>: a standalone page a citizen can use and a publisher can upload as it is.
/// It names the issuing body and publish date, groups departments by 主管部门 (when the year says which), lists each
/// department's public files (editions, open data, archive) with sizes and SHA-256 checksums, and offers a filter box
/// that works without a server. Words and fonts come from the style; every value is escaped; the same entries give the
/// same bytes.
/// </summary>
public sealed class PortalIndexWriter(DocumentStyle? style = null)
{
    /// <summary>The index's file name inside the year folder.</summary>
    public const string FileName = "index.html";

    private readonly DocumentStyle style = style ?? DocumentStyle.Default;

    private PortalWords Words => style.Words.Portal;

    /// <summary>Writes the index for <paramref name="year"/>; <paramref name="title"/> defaults to the style's ("2024年度部门决算公开").</summary>
    public void Write(int year, IEnumerable<PortalEntry> entries, Stream output, string? title = null, string issuer = "", DateOnly? published = null)
    {
        var html = Render(year, entries, title ?? PublishedWords.Fill(Words.Title, year.ToString(CultureInfo.InvariantCulture)), issuer, published);
        output.Write(new UTF8Encoding(false).GetBytes(html));
    }

    private string Render(int year, IEnumerable<PortalEntry> entries, string title, string issuer, DateOnly? published)
    {
        var sorted = entries
            .OrderBy(e => e.Supervisor is null ? 1 : 0)
            .ThenBy(e => e.Supervisor, StringComparer.Ordinal)
            .ThenBy(e => e.Year)
            .ThenBy(e => e.DepartmentId, StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var fileCount = sorted.Sum(e => e.Files.Count);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").AppendEscaped(title).Append("</title>\n");
        sb.Append("<meta name=\"description\" content=\"").AppendEscaped(PublishedWords.Fill(Words.Description, title)).Append("\">\n");
        if (issuer.Length > 0) sb.Append("<meta name=\"author\" content=\"").AppendEscaped(issuer).Append("\">\n");
        sb.Append("<meta name=\"generator\" content=\"FinalAccounts.Publisher\">\n<link rel=\"icon\" href=\"data:,\">\n");
        sb.Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\" title=\"").AppendEscaped(title).Append("\">\n");
        sb.Append("<style>\n").Append(HtmlStyleSheet.For(style)).Append(HtmlStyleSheet.Portal).Append("</style>\n</head>\n<body class=\"portal\">\n");
        sb.Append("<a class=\"skip-link\" href=\"#content\">").AppendEscaped(style.Words.SkipLink).Append("</a>\n");
        sb.Append("<header class=\"doc-header\">\n<h1 class=\"doc-title\">").AppendEscaped(title).Append("</h1>\n");
        Publisher(sb, issuer, published);
        var count = PublishedWords.Fill(Words.Count, sorted.Count.ToString(CultureInfo.InvariantCulture), fileCount.ToString(CultureInfo.InvariantCulture));
        sb.Append("<p class=\"subtitle\">").AppendEscaped(count).Append("</p>\n</header>\n<main id=\"content\">\n");
        if (sorted.Count == 0) sb.Append("<p class=\"plain\">").AppendEscaped(Words.Empty).Append("</p>\n");
        else Groups(sb, year, sorted);
        sb.Append("<p class=\"note\">");
        Note(sb, Words.Note);
        sb.Append("</p>\n</main>\n");
        if (sorted.Count > 0) sb.Append("<script>\n").Append(PortalFilter.Script).Append("</script>\n");
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The filter box (shown by its script), then one section per 主管部门 (the ungrouped last, without a heading).</summary>
    private void Groups(StringBuilder sb, int year, List<PortalEntry> sorted)
    {
        sb.Append("<div class=\"filter\" id=\"filter-box\" hidden><label for=\"filter\">").AppendEscaped(Words.Filter)
            .Append("</label> <input type=\"search\" id=\"filter\" autocomplete=\"off\"></div>\n");
        sb.Append("<p class=\"plain\" id=\"filter-none\" role=\"status\" hidden>").AppendEscaped(Words.NoMatch).Append("</p>\n");
        var number = 0;
        var groupIndex = 0;
        foreach (var group in sorted.GroupBy(e => e.Supervisor))
        {
            groupIndex++;
            var captionId = "files-caption" + (groupIndex > 1 ? "-" + groupIndex.ToString(CultureInfo.InvariantCulture) : "");
            sb.Append("<section class=\"group\">\n");
            if (group.Key is not null)
                sb.Append("<h2 class=\"group-title\">").AppendEscaped(Words.Supervisor).Append('：').AppendEscaped(group.Key).Append("</h2>\n");
            number = PortalIndexTable.Write(sb, year, group.ToList(), number, captionId, Words);
            sb.Append("</section>\n");
        }
    }

    /// <summary>The issuing body and publish date under the title, when the year names them.</summary>
    private void Publisher(StringBuilder sb, string issuer, DateOnly? published)
    {
        if (issuer.Length == 0 && published is null) return;
        sb.Append("<p class=\"subtitle publisher\">");
        if (issuer.Length > 0) sb.AppendEscaped(Words.Issuer).Append('：').AppendEscaped(issuer);
        if (issuer.Length > 0 && published is not null) sb.Append('　');
        if (published is { } d)
        {
            var iso = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            sb.AppendEscaped(Words.PublishDate).Append("：<time datetime=\"").Append(iso).Append("\">").Append(iso).Append("</time>");
        }

        sb.Append("</p>\n");
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
}
