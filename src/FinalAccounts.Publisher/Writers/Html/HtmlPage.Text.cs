using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

internal sealed partial class HtmlPage
{
    /// <summary>The cover: the title as the page's one h1 and the lines under it.</summary>
    private void WriteTitle(TitleBlock title)
    {
        Open("header", "doc-header");
        sb.Append("\n<h1 class=\"doc-title\">").AppendMultiline(title.Title).Append("</h1>\n");
        foreach (var line in title.Subtitles) sb.Append("<p class=\"subtitle\">").AppendMultiline(line).Append("</p>\n");
        WriteDownloads();
        sb.Append("</header>\n");
    }

    /// <summary>The table of contents as nested ordered lists of links to the headings (numbers are part of the text).</summary>
    private void WriteToc(TableOfContents toc)
    {
        var navId = ids.Unique("toc");
        var titleId = ids.Unique("toc-title");
        Open("nav", "toc", navId, " aria-labelledby=\"" + HtmlText.Escape(titleId) + "\"");
        sb.Append('\n');
        sb.Append("<h2 class=\"toc-title\" id=\"").Append(titleId).Append("\">")
            .AppendEscaped(TocEntries.PlainTitle(toc)).Append("</h2>\n");
        var entries = TocEntries.Of(document.Blocks, toc);
        var open = new Stack<int>();
        foreach (var h in entries)
        {
            if (open.Count == 0 || h.Level > open.Peek())
            {
                sb.Append(open.Count == 0 ? "<ol>\n" : "\n<ol>\n");
                open.Push(h.Level);
            }
            else
            {
                sb.Append("</li>\n");
                while (open.Count > 1 && h.Level < open.Peek())
                {
                    open.Pop();
                    sb.Append("</ol>\n</li>\n");
                }
            }

            sb.Append("<li class=\"toc-").Append(Math.Clamp(h.Level, 1, 5)).Append("\"><a href=\"#").AppendEscaped(ids.Of(h)).Append("\">")
                .AppendEscaped(h.FullText).Append("</a>");
        }

        while (open.Count > 0)
        {
            open.Pop();
            sb.Append("</li>\n</ol>\n");
        }

        sb.Append("</nav>\n");
    }

    /// <summary>Level 1 (part) is h2 under the title's h1, down to level 5 as h6.</summary>
    private void WriteHeading(Heading h)
    {
        var level = Math.Clamp(h.Level, 1, 5);
        if (level != h.Level)
            context.Diagnostics.Report(HtmlDiagnostics.HeadingLevel, h.Location,
                $"标题“{h.FullText}”的级别 {h.Level} 超出 1–5，已按 {level} 级输出。", $"Heading '{h.FullText}' has level {h.Level}, outside 1–5; written at level {level}.");
        var tag = "h" + (level + 1);
        Open(tag, onWidePages.Contains(h) ? "wide" : null, ids.Of(h));
        sb.AppendMultiline(h.FullText)
            .Append("</").Append(tag).Append(">\n");
    }

    /// <summary>A paragraph; a statement or closing line (<paramref name="kept"/>) does not begin a printed page.</summary>
    private void WriteParagraph(Paragraph p, bool kept)
    {
        var css = p.Kind switch
        {
            ParagraphKind.Plain => "plain",
            ParagraphKind.Center => "center",
            ParagraphKind.Right => "right",
            ParagraphKind.Note => "note",
            _ => null,
        };
        if (kept) css = css is null ? "kept" : css + " kept";
        if (onWidePages.Contains(p)) css += " wide";
        Open("p", css?.Trim());
        WriteInlines(p.Content, p.Location);
        sb.Append("</p>\n");
    }

    private void WriteList(ListBlock list)
    {
        var start = list.Ordered && list.Start != 1 ? $" start=\"{list.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"" : "";
        Open(list.Ordered ? "ol" : "ul", null, null, start);
        sb.Append('\n');
        foreach (var item in list.Items)
        {
            sb.Append("<li>");
            WriteInlines(item, list.Location);
            sb.Append("</li>\n");
        }

        sb.Append(list.Ordered ? "</ol>\n" : "</ul>\n");
    }

    private void WriteInlines(IEnumerable<Inline> runs, Diagnostics.SourceLocation location)
    {
        foreach (var run in runs)
        {
            if (run.Text == "\n")
            {
                sb.Append("<br>");
                continue;
            }

            var link = run.Link is { } l && HtmlText.IsSafeLink(l) ? ids.Link(l.Trim()) : null;
            if (run.Link is not null && link is null)
                context.Diagnostics.Report(HtmlDiagnostics.UnsafeLink, location,
                    $"链接“{run.Link}”不安全，网页中只输出了文字。", $"The link '{run.Link}' is not safe; the web page shows its text only.");
            if (link is not null) sb.Append("<a href=\"").AppendEscaped(link).Append("\">");
            if (run.IsBold) sb.Append("<strong>");
            if (run.IsItalic) sb.Append("<em>");
            sb.AppendMultiline(run.Text);
            if (run.IsItalic) sb.Append("</em>");
            if (run.IsBold) sb.Append("</strong>");
            if (link is not null) sb.Append("</a>");
        }
    }
}
