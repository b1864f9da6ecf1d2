using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>The cover: the title a fifth of the way down, the lines under it (department, date) lower, then a new page.</summary>
    private void WriteTitle(TitleBlock title)
    {
        var height = portrait.TextHeight;
        var p = Add(Para(DocxStyleIds.Title, DocxText.ToRun(Broken(title.Title, title.Title))));
        p.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = DocxUnits.Str(height / 5) };
        for (var i = 0; i < title.Subtitles.Count; i++)
        {
            var s = Add(Para(DocxStyleIds.Subtitle, DocxText.ToRun(Broken(title.Subtitles[i], title.Subtitles[i]))));
            if (i == 0) s.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = DocxUnits.Str(height / 3) };
        }

        pendingBreak = true;
    }

    /// <summary>
    /// The title or a heading with line breaks where the PDF edition breaks it (between words, never inside a name:
    /// <see cref="Shared.WordBreaks"/>), so Word does not break it inside a name; unchanged without a pagination.
    /// </summary>
    private string Broken(string key, string text)
    {
        if (context.Pagination?.LineBreaks is not { } all || !all.TryGetValue(key, out var offsets)) return text;
        var broken = new System.Text.StringBuilder(text.Length + offsets.Count);
        var last = 0;
        foreach (var at in offsets.Where(o => o > last && o < text.Length))
        {
            broken.Append(text.AsSpan(last, at - last).TrimEnd(' ')).Append('\n');
            last = at;
        }

        return broken.Append(text.AsSpan(last)).ToString();
    }

    private void WriteHeading(Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 5);
        if (level != heading.Level)
            Diagnostics.Report(DocxDiagnostics.HeadingLevel, heading.Location,
                $"标题“{heading.FullText}”的级别 {heading.Level} 超出 1–5，按第 {level} 级输出。",
                $"Heading '{heading.FullText}' has level {heading.Level}, outside 1–5; written at level {level}.");
        var p = Para(DocxStyleIds.Heading(level));
        var name = bookmarks.Find(heading.Id);
        if (name is not null) p.Append(BookmarkStart(name));
        p.Append(DocxText.ToRun(Broken(heading.Id, heading.FullText)));
        if (name is not null) p.Append(BookmarkEnd());
        Add(p);
    }

    private void WriteParagraph(Document.Paragraph paragraph)
    {
        var (styleId, align) = paragraph.Kind switch
        {
            ParagraphKind.Plain => (DocxStyleIds.Plain, (JustificationValues?)null),
            ParagraphKind.Center => (DocxStyleIds.Plain, JustificationValues.Center),
            ParagraphKind.Right => (DocxStyleIds.Plain, JustificationValues.Right),
            ParagraphKind.Note => (DocxStyleIds.Note, null),
            _ => (DocxStyleIds.Body, null),
        };
        var p = Para(styleId, Runs(paragraph.Content, paragraph.Location).ToArray());
        if (align is { } a) p.ParagraphProperties!.Justification = new Justification { Val = a };
        Add(p);
    }

    /// <summary>
    /// A list as the PDF sets it: each label in the body's first-line indent, the item's text after it at the label's
    /// width (the pagination's, else estimated), further lines from the margin, so the items take the PDF's lines.
    /// </summary>
    private void WriteList(ListBlock list)
    {
        var numId = numbering.Add(list.Ordered, list.Start);
        var size = style.Font(StyleRole.Body).SizePt;
        var measured = context.Pagination?.ListLabels.GetValueOrDefault(blockIndex[list]);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var label = measured is not null && i < measured.Count ? measured[i] : DocxNumbering.LabelWidthPt(list, i, size);
            // Normal, not body text: the body style's indent in characters would win over the one in points.
            var p = Para(DocxStyleIds.Normal, Runs(list.Items[i], list.Location).ToArray());
            p.ParagraphProperties!.NumberingProperties = new NumberingProperties(
                new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId });
            p.ParagraphProperties.Tabs = DocxNumbering.TextStart(style.FirstLineIndentChars * size, label);
            p.ParagraphProperties.Indentation = DocxNumbering.FirstLine(style.FirstLineIndentChars * size);
            // The PDF keeps two lines together at the list's start and end, not in each item.
            if (i > 0 && i + 1 < list.Items.Count) p.ParagraphProperties.WidowControl = new WidowControl { Val = false };
            Add(p);
        }
    }

    /// <summary>Runs for inlines; links become hyperlinks to a heading's bookmark ("#id") or to a URL.</summary>
    private IEnumerable<OpenXmlElement> Runs(IReadOnlyList<Inline> inlines, SourceLocation at)
    {
        foreach (var inline in inlines)
        {
            var link = inline.Link is null ? null : Hyperlink(inline.Link, at);
            var run = DocxText.ToRun(inline.Text, inline.IsBold, inline.IsItalic, link is null ? null : DocxStyleIds.Hyperlink);
            if (link is null)
            {
                yield return run;
                continue;
            }

            link.Append(run);
            yield return link;
        }
    }

    private Hyperlink? Hyperlink(string target, SourceLocation at)
    {
        if (target.StartsWith('#'))
        {
            var name = bookmarks.Find(target[1..]);
            if (name is not null) return new Hyperlink { Anchor = name, History = true };
        }
        else if (Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            var rel = main.AddHyperlinkRelationship(uri, true, DocxIds.Link(++linkCount));
            return new Hyperlink { Id = rel.Id, History = true };
        }

        Diagnostics.Report(DocxDiagnostics.BrokenLink, at,
            $"链接目标“{target}”不存在，Word 文件中只保留了链接文字。", $"Link target '{target}' does not exist; the Word file keeps only the link's text.");
        return null;
    }
}
