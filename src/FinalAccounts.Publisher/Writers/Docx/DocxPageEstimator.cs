using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Estimates the page each heading starts on, for the TOC when no PDF layout has supplied page numbers. It stacks
/// block heights on pages of the text height: paragraphs by line count (characters per line from the text width, Latin
/// half-width), headings kept with two following lines, tables row by row with their header rows repeated, a new page
/// for the cover, page breaks and orientation changes; numbered from 1 at the body, as the footers are. Close, not
/// exact: the PDF layout's pagination, when there is one, is exact.
/// </summary>
internal sealed class DocxPageEstimator(
    DocumentStyle style,
    DocxPageGeometry portrait,
    DocxPageGeometry landscape,
    Func<Table, DocxTableLayout> layoutOf,
    Func<Figure, RenderedFigure?> picture)
{
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);
    private int page = 1;
    private int used;
    private bool pendingBreak;
    private DocxPageGeometry geometry = DocxPageGeometry.From(style.Page, landscape: false);

    private int BodyLine => DocxUnits.TwipsFromPt(style.BodyLinePitchPt);

    public IReadOnlyDictionary<string, int> Estimate(IReadOnlyList<Block> blocks, bool[] orientation)
    {
        geometry = orientation.Length > 0 && orientation[0] ? landscape : portrait;
        var bodyStart = FrontMatter.BodyStart(blocks);
        var firstBodyPage = 1;
        Block? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == bodyStart && i > 0)
            {
                if (used > 0) NewPage();
                firstBodyPage = page;
            }

            if (block is not PageBreak && orientation[i] != geometry.Landscape)
            {
                if (used > 0) NewPage();
                geometry = orientation[i] ? landscape : portrait;
                pendingBreak = false;
            }

            if (pendingBreak && block is not PageBreak && used > 0) NewPage();
            if (block is not PageBreak) pendingBreak = false;
            switch (block)
            {
                case TitleBlock: used = geometry.TextHeight; pendingBreak = true; break;
                case PageBreak: pendingBreak = true; break;
                case TableOfContents toc: Toc(toc, blocks); break;
                case Heading h: Heading(h); break;
                case Paragraph p: Place(TextHeight(p.PlainText, p.Kind == ParagraphKind.Note ? StyleRole.Note : StyleRole.Body, p.Kind == ParagraphKind.Body)); break;
                case ListBlock list:
                    foreach (var item in list.Items) Place(TextHeight(string.Concat(item.Select(x => x.Text)), StyleRole.Body, true));
                    break;
                case Table t: Table(t, previous); break;
                case Figure f: Figure(f); break;
            }

            previous = block;
        }

        return pages.ToDictionary(p => p.Key, p => p.Value - firstBodyPage + 1, StringComparer.Ordinal);
    }

    private void Figure(Figure figure)
    {
        var caption = TextHeight(figure.FullCaption, StyleRole.Caption, false);
        var image = picture(figure);
        Place(caption + (image is null
            ? TextHeight(figure.AltText, StyleRole.Body, true)
            : DocxUnits.TwipsFromPt(DocxBuilder.PictureSize(image, geometry).HeightPt + style.BodyLinePitchPt / 2)));
    }

    private void NewPage()
    {
        page++;
        used = 0;
    }

    private void Place(int height, int keepWith = 0)
    {
        if (used > 0 && used + height + keepWith > geometry.TextHeight) NewPage();
        used += height;
        while (used > geometry.TextHeight)
        {
            page++;
            used -= geometry.TextHeight;
        }
    }

    private int TextHeight(string text, StyleRole role, bool indent)
    {
        var font = style.Font(role);
        var pitch = role is StyleRole.Body or StyleRole.Heading2 ? style.BodyLinePitchPt : Math.Max(style.BodyLinePitchPt * font.SizePt / 16, font.SizePt * 1.25);
        var lines = DocxTextMeasure.Lines(text, font.SizePt, geometry.TextWidth, indent ? style.FirstLineIndentChars : 0);
        return DocxUnits.TwipsFromPt(lines * pitch);
    }

    private void Heading(Heading h)
    {
        var height = TextHeight(h.FullText, StyleRole.Body, h.Level > 1) * (h.Level == 1 ? 2 : 1);
        Place(height, 2 * BodyLine);
        if (h.Id.Length > 0) pages.TryAdd(h.Id, page);
    }

    private void Toc(TableOfContents toc, IReadOnlyList<Block> blocks)
    {
        var entry = style.Font(StyleRole.TocEntry);
        Place(DocxUnits.TwipsFromPt(style.BodyLinePitchPt * 1.5));
        foreach (var h in TocEntries.Of(blocks, toc))
            Place(DocxUnits.TwipsFromPt(DocxTextMeasure.Lines(h.FullText + "……00", entry.SizePt, geometry.TextWidth, 2 * (h.Level - 1)) * entry.SizePt * 1.75));
    }

    private void Table(Table table, Block? previous)
    {
        var layout = layoutOf(table);
        var rows = layout.RowHeights(style);
        var header = rows.Take(table.Header.Count).Sum();
        var size = style.Font(StyleRole.TableMeta).SizePt;
        var meta = DocxUnits.TwipsFromPt(table.Preamble.Count * size * style.TableLinePitchFactor * 1.25);
        if (TableTitles.IsPrinted(table, previous))
            meta += DocxUnits.TwipsFromPt(style.Font(StyleRole.Caption).SizePt * 2.5);
        if (layout.KeepsTogether(style, geometry))
        {
            Place(meta + rows.Sum());
            rows = [];
        }
        else
        {
            Place(meta + header + (rows.Length > table.Header.Count ? rows[table.Header.Count] : 0));
        }

        foreach (var h in rows.Skip(table.Header.Count + 1))
        {
            if (used + h > geometry.TextHeight)
            {
                NewPage();
                used = header;
            }

            used += h;
        }

        var notes = Math.Max(1, table.Notes.Count) * style.Font(StyleRole.Note).SizePt * style.TableLinePitchFactor;
        Place(DocxUnits.TwipsFromPt(notes) + BodyLine / 2);
    }
}
