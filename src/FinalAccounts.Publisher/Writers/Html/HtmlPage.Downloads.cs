namespace FinalAccounts.Publisher.Writers.Html;

internal sealed partial class HtmlPage
{
    /// <summary>
    /// The download block in the header: the other editions, the open data (workbook, data.json, CSVs) and the archive, and the way back to the
    /// year's index, in the style's portal words (<see cref="PortalFormats.Label"/>). Hidden
    /// in print.
    /// </summary>
    private void WriteDownloads()
    {
        if (context.Publication is not { } links) return;
        var words = context.Style.Words.Portal;
        var labelId = ids.Unique("downloads-label");
        sb.Append("<nav class=\"downloads\" aria-labelledby=\"").Append(labelId).Append("\">\n<span class=\"downloads-label\" id=\"")
            .Append(labelId).Append("\">").AppendEscaped(words.Downloads).Append("</span>\n<ul>\n");
        foreach (var edition in links.Editions) Link(edition.Href, PortalFormats.Label(edition.Format, words), edition.Format);
        // The tables' workbook and data.json by their kind's word; the CSVs as one item, each table by its file's name.
        foreach (var data in links.OpenData.Where(d => d.Format != "csv")) Link(data.Href, PortalFormats.Label(data.Format, words), data.Format);
        var csvs = links.OpenData.Where(d => d.Format == "csv" && PortalFormats.Href(d.Href) is not null).ToList();
        if (csvs.Count > 0)
        {
            sb.Append("<li class=\"csv\" data-format=\"csv\">").AppendEscaped(PortalFormats.Label("csv", words)).Append('：');
            foreach (var csv in csvs)
                sb.Append(" <a href=\"").AppendEscaped(PortalFormats.Href(csv.Href)!).Append("\">")
                    .AppendEscaped(Path.GetFileNameWithoutExtension(csv.Href)).Append("</a>");
            sb.Append("</li>\n");
        }

        Link(links.Archive, PortalFormats.Label("zip", words), "zip");
        sb.Append("</ul>\n<a class=\"back-to-index\" href=\"").Append(PortalFormats.Href(links.Index) ?? "").Append("\">")
            .AppendEscaped(words.BackToIndex).Append("</a>\n</nav>\n");
    }

    private void Link(string href, string label, string format)
    {
        if (PortalFormats.Href(href) is not { } safe) return;
        sb.Append("<li><a href=\"").AppendEscaped(safe).Append("\" data-format=\"").AppendEscaped(format).Append("\">")
            .AppendEscaped(label).Append("</a></li>\n");
    }
}
