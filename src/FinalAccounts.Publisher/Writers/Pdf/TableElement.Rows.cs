namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class TableElement
{
    /// <summary>
    /// Draws a cell over the rows of it that are on this page, with its top and left rules, and says whether it did. A
    /// piece of a split row shows its share of the lines. With <paramref name="repeat"/> the whole text is drawn again
    /// (inside an artifact: it was read where it started); without it, a cell that only repeats — a spanning label, or
    /// a label whose lines are all above, on the continuation of a split row — is left for the artifacts (false).
    /// Content cells are tagged TH/TD with their spans.
    /// </summary>
    private bool DrawCell(
        PageCanvas canvas, TableCellBox cell, PageSlices page, double x0, List<LineOp> rules, bool repeat)
    {
        if (page.Box(cell) is not var (top, bottom, first)) return true;
        var slice = page.Slices[first];
        var split = cell.RowSpan == 1 && slice.Kind == SliceKind.Body && (slice.LineStart > 0 || slice.LineCount >= 0);
        var (from, count) = split ? PieceLines(cell, slice) : (0, cell.Lines.Count);
        var continued = slice.Kind == SliceKind.Body && slice.LineStart > 0;
        if (!repeat && continued && (cell.RowSpan > 1 || (count == 0 && cell.Tag != StructTag.TD))) return false;
        if (repeat) (from, count) = (0, cell.Lines.Count);
        var cx = x0 + layout.ColumnX[cell.Column];
        var cw = layout.ColumnX[cell.Column + cell.ColSpan] - layout.ColumnX[cell.Column];
        rules.Add(new LineOp(cx, top, cx + cw, top, TableLayout.Rule));
        rules.Add(new LineOp(cx, top, cx, bottom, TableLayout.Rule));
        if (count == 0) return true;
        if (!repeat) canvas.Add(new BeginTagOp(cell.Tag, RowSpan: cell.RowSpan, ColSpan: cell.ColSpan));
        DrawCellText(canvas, cell, from, count, cx, cw, top, bottom);
        if (!repeat) canvas.Add(EndTagOp.Instance);
        return true;
    }

    /// <summary>
    /// The lines of a cell on a piece of its split row. Labels start at the row's top (and show again below); data
    /// end at its bottom, so a short value (a score) is drawn where the long text beside it ends and reading order
    /// carries the text on from page to page.
    /// </summary>
    private (int From, int Count) PieceLines(TableCellBox cell, RowSlice slice)
    {
        var rowLines = Rows.Lines[slice.Row - layout.HeaderRows];
        var shift = cell.Tag == StructTag.TD ? Math.Max(0, rowLines - cell.Lines.Count) : 0;
        var end = slice.LineCount < 0 ? rowLines : slice.LineStart + slice.LineCount;
        var from = Math.Max(0, slice.LineStart - shift);
        return (from, Math.Clamp(end - shift - from, 0, Math.Max(0, cell.Lines.Count - from)));
    }

    private static void DrawCellText(
        PageCanvas canvas, TableCellBox cell, int first, int count, double x, double width, double top, double bottom)
    {
        var whole = first == 0 && count == cell.Lines.Count;
        var textTop = whole
            ? top + Math.Max(TableLayout.PadY, (bottom - top - count * cell.Pitch) / 2)
            : top + TableLayout.PadY;
        // Running text in a body cell reads better flush left than centred line by line.
        var running = cell.Align == TextAlign.Center && cell.Lines.Count > 1 && cell.Tag == StructTag.TD;
        var align = running ? TextAlign.Left : cell.Align;
        var ops = new List<DrawOp>();
        for (var i = first; i < first + count; i++)
        {
            var lineTop = textTop + (i - first) * cell.Pitch;
            // A cell cut short (a label whose rows continue on the next page) shows only the lines that fit.
            if (lineTop + cell.Pitch > bottom - TableLayout.PadY + 0.5) break;
            var inner = width - 2 * TableLayout.PadX;
            TextSetter.SetLine(ops, cell.Glyphs, cell.Lines[i], x + TableLayout.PadX, lineTop, inner, cell.Pitch, align);
            canvas.Lines.Add(TextSetter.Text(cell.Glyphs, cell.Lines[i]));
        }

        foreach (var op in ops) canvas.Add(op);
    }

    /// <summary>The slices of one page with their tops: which grid rows are on it, where each cell shows.</summary>
    private sealed class PageSlices(List<RowSlice> slices, double[] tops)
    {
        public List<RowSlice> Slices { get; } = slices;

        /// <summary>The top and bottom of the slices a cell covers on this page, and the first; null when none.</summary>
        public (double Top, double Bottom, int First)? Box(TableCellBox cell)
        {
            int first = -1, last = -1;
            for (var i = 0; i < Slices.Count; i++)
            {
                if (Slices[i].Row < cell.Row || Slices[i].Row > cell.Row + cell.RowSpan - 1) continue;
                if (first < 0) first = i;
                last = i;
            }

            return first < 0 ? null : (tops[first], tops[last + 1], first);
        }

        /// <summary>Cells that started on an earlier page and still cover the first body row (spanning labels).</summary>
        public IEnumerable<TableCellBox> Continuing(TableLayout layout)
        {
            var body = Slices.FindIndex(s => s.Kind == SliceKind.Body);
            if (body < 0) return [];
            var row = Slices[body].Row;
            return layout.Cells.Where(c => c.Row < row && c.Row + c.RowSpan - 1 >= row
                && !Slices.Exists(s => s.Row == c.Row));
        }
    }
}
