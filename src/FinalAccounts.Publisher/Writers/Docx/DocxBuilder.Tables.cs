using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    private Block? previousBlock;

    /// <summary>A table: its title (unless the heading above says the same), the meta lines, the grid, the notes.</summary>
    private void WriteTable(Document.Table table)
    {
        if (table.Columns.Count == 0)
        {
            UnrenderedBlocks.Report(Diagnostics, table, $"表“{table.Title}”没有列");
            return;
        }

        var layout = Layout(table);
        var bookmark = bookmarks.Find(table.Id);
        var above = new List<W.Paragraph>();
        if (TableTitles.IsPrinted(table, previousBlock))
        {
            var title = Para(DocxStyleIds.TableTitle);
            if (bookmark is not null) title.Append(BookmarkStart(bookmark));
            title.Append(DocxText.ToRun(table.Title));
            if (bookmark is not null) title.Append(BookmarkEnd());
            above.Add(title);
        }

        var placements = plan?.Table(blockIndex[table])?.MetaLines;
        for (var i = 0; i < table.Preamble.Count; i++)
            above.AddRange(MetaLines(table.Preamble[i], layout.TotalWidth, placements?.ElementAtOrDefault(i)));
        if (above.Count == 0 && (pendingBreak || atPageTop)) above.Add(Para(DocxStyleIds.TableNote));
        // 6 pt above a table, as in the PDF (dropped at the top of a page).
        if (above.Count > 0)
        {
            var gap = DocxUnits.Str(DocxUnits.TwipsFromPt(DocxStyles.TableGapPt));
            (above[0].ParagraphProperties!.SpacingBetweenLines ??= new SpacingBetweenLines()).Before = gap;
        }

        foreach (var p in above) Add(p);
        var pieces = Pieces(table);
        var keeps = Keeps(table, layout, pieces);
        for (var k = 0; k < pieces.Count; k++)
        {
            if (k > 0) body.Append(PageBreakBetweenPieces());
            body.Append(Grid(table, layout, pieces[k], keeps));
        }

        WriteNotes(table);
    }

    /// <summary>
    /// The rows of each piece of a table: one piece when no pagination says otherwise, else one per page, each with the
    /// header rows and, when a page begins inside a group of rows, the group's label row repeated. A row a page begins
    /// inside ends one piece with its first lines and starts the next with the rest.
    /// </summary>
    private List<List<PieceRow>> Pieces(Document.Table table)
    {
        var header = table.Header.Count;
        var block = blockIndex[table];
        var labels = plan?.Table(block)?.LabelRows;
        var starts = plan?.TablePages(block)
            .Where(s => (s.Row > 0 || s.Split is not null) && s.Row < table.Body.Count).ToList() ?? [];
        var pieces = new List<List<PieceRow>>();
        var from = 0;
        IReadOnlyDictionary<int, SplitCell>? carried = null;
        for (var k = 0; k <= starts.Count; k++)
        {
            var end = k < starts.Count ? starts[k] : null;
            var rows = Enumerable.Range(0, header).Select(r => new PieceRow(r, null)).ToList();
            if (k > 0 && labels is not null && from < labels.Count && labels[from] >= 0 && labels[from] < from)
                rows.Add(new PieceRow(header + labels[from], null));
            var first = from;
            if (carried is not null)
            {
                rows.Add(new PieceRow(header + from, carried.ToDictionary(c => c.Key, c => c.Value.After)));
                first = from + 1;
            }

            var last = end is null ? table.Body.Count : end.Row;
            rows.AddRange(Enumerable.Range(header + first, Math.Max(0, last - first)).Select(r => new PieceRow(r, null)));
            if (end?.Split is { } split)
                rows.Add(new PieceRow(header + end.Row, split.ToDictionary(c => c.Key, c => c.Value.Before)));
            pieces.Add(rows);
            from = last;
            carried = end?.Split;
        }

        return pieces;
    }

    /// <summary>
    /// The page rules as row settings (<see cref="DocxRowKeeps"/>); with the pagination, the last row of each piece but
    /// the last keeps with nothing (the next page begins after it; the table's last row keeps with its notes) and no row
    /// splits (a page begins inside a row only where the pagination split it into two).
    /// </summary>
    private DocxRowKeeps Keeps(Document.Table table, DocxTableLayout layout, List<List<PieceRow>> pieces)
    {
        var keepAll = layout.KeepsTogether(style, layout.Landscape ? landscape : portrait);
        var keeps = DocxRowKeeps.For(table, layout, style, keepAll);
        if (plan is null) return keeps;
        foreach (var piece in pieces.SkipLast(1)) keeps.KeepWithNext[piece[^1].GridRow] = false;
        Array.Fill(keeps.CanSplit, false);
        return keeps;
    }

    /// <summary>
    /// The break between two pieces of a table: an empty paragraph that starts the next page, a tenth of a point high so
    /// the piece has the PDF page's room (Word joins two tables with nothing between them).
    /// </summary>
    private static W.Paragraph PageBreakBetweenPieces()
    {
        var p = Para(DocxStyleIds.TableNote);
        p.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        p.ParagraphProperties.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = "0", After = "0", Line = "2", LineRule = LineSpacingRuleValues.Exact,
        };
        p.ParagraphProperties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" });
        return p;
    }

    /// <summary>
    /// A line above the table: left part, centred part and right part, placed with tab stops at the table's width. With
    /// the pagination's <paramref name="placement"/> the parts go where the PDF put them: the left part on a line of its
    /// own when it took one there, the centre part from the PDF's position (moved aside for a long department name).
    /// </summary>
    private static IEnumerable<W.Paragraph> MetaLines(TableMetaLine line, int width, MetaLinePlacement? placement)
    {
        if (placement is { LeftOnItsOwnLine: true } && line.Left.Length > 0)
        {
            var alone = Para(DocxStyleIds.TableMeta);
            alone.Append(DocxText.ToRun(line.Left));
            yield return alone;
            line = line with { Left = "" };
        }

        var p = Para(DocxStyleIds.TableMeta);
        var parts = new[] { line.Left, line.Center, line.Right }.Count(s => s.Length > 0);
        if (parts == 1 && line.Left.Length == 0 && placement is null)
        {
            p.ParagraphProperties!.Justification = new Justification { Val = line.Center.Length > 0 ? JustificationValues.Center : JustificationValues.Right };
            p.Append(DocxText.ToRun(line.Center + line.Right));
            yield return p;
            yield break;
        }

        var tabs = new Tabs();
        if (line.Center.Length > 0)
        {
            tabs.Append(placement is null
                ? new TabStop { Val = TabStopValues.Center, Position = width / 2 }
                : new TabStop { Val = TabStopValues.Left, Position = DocxUnits.TwipsFromPt(placement.CenterStartPt) });
        }

        if (line.Right.Length > 0) tabs.Append(new TabStop { Val = TabStopValues.Right, Position = width });
        if (tabs.HasChildren) p.ParagraphProperties!.Tabs = tabs;
        var text = line.Left;
        if (line.Center.Length > 0) text += "\t" + line.Center;
        if (line.Right.Length > 0) text += "\t" + line.Right;
        p.Append(DocxText.ToRun(text));
        yield return p;
    }

    /// <summary>Notes under the table; a continuation note lines up after "注：". Without notes, a small gap paragraph.</summary>
    private void WriteNotes(Document.Table table)
    {
        if (table.Notes.Count == 0)
        {
            // Word joins two tables with nothing between them: a paragraph one point high keeps them apart.
            var gap = Para(DocxStyleIds.TableNote);
            var pPr = gap.ParagraphProperties!;
            pPr.SpacingBetweenLines = new SpacingBetweenLines { Line = "20", LineRule = LineSpacingRuleValues.Exact };
            pPr.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" });
            Add(gap);
            return;
        }

        var noteSize = style.Font(StyleRole.Note).SizePt;
        var firstHasLabel = table.Notes[0].StartsWith("注：", StringComparison.Ordinal);
        for (var i = 0; i < table.Notes.Count; i++)
        {
            var p = Para(DocxStyleIds.TableNote, DocxText.ToRun(table.Notes[i]));
            if (i > 0 && firstHasLabel && !table.Notes[i].StartsWith("注", StringComparison.Ordinal))
                p.ParagraphProperties!.Indentation = DocxStyles.CharIndent(0, noteSize, leftChars: 2);
            // The first note stands 2 pt below the table, as in the PDF.
            if (i == 0) p.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "40" };
            // The notes stay together (the last row keeps with the first).
            if (i + 1 < table.Notes.Count) p.ParagraphProperties!.KeepNext = new KeepNext();
            Add(p);
        }
    }
}
