namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class TableElement
{
    /// <summary>Draws row slices from <paramref name="top"/>: cell text (tagged TR/TH/TD when <paramref name="tagged"/>), collecting the cells' rules.</summary>
    private double DrawRows(PageCanvas canvas, double x0, double top, List<RowSlice> slices, bool tagged, List<LineOp> rules)
    {
        if (slices.Count == 0) return top;
        var rowTop = new Dictionary<int, double>();
        var y = top;
        foreach (var s in slices)
        {
            rowTop[s.Row] = y;
            y += s.Height;
        }

        var bottom = y;
        foreach (var s in slices)
        {
            if (tagged) canvas.Add(new BeginTagOp(StructTag.TR));
            foreach (var cell in layout.CellsByRow[s.Row])
            {
                var cellTop = rowTop[s.Row];
                var last = Math.Min(cell.Row + cell.RowSpan - 1, slices[^1].Row);
                var cellBottom = rowTop.TryGetValue(last, out var lt) ? lt + slices.First(x => x.Row == last).Height : bottom;
                var cx = x0 + layout.ColumnX[cell.Column];
                var cw = layout.ColumnX[cell.Column + cell.ColSpan] - layout.ColumnX[cell.Column];
                if (tagged) canvas.Add(new BeginTagOp(cell.Tag, RowSpan: cell.RowSpan, ColSpan: cell.ColSpan));
                DrawCellText(canvas, cell, s, cx, cw, cellTop, cellBottom);
                if (tagged) canvas.Add(EndTagOp.Instance);
                rules.Add(new LineOp(cx, cellTop, cx + cw, cellTop, TableLayout.Rule));
                rules.Add(new LineOp(cx, cellTop, cx, cellBottom, TableLayout.Rule));
            }

            if (tagged) canvas.Add(EndTagOp.Instance);
        }

        return bottom;
    }

    private static void DrawCellText(PageCanvas canvas, TableCellBox cell, RowSlice slice, double x, double width, double top, double bottom)
    {
        var first = cell.RowSpan == 1 ? slice.LineStart : 0;
        var count = cell.RowSpan == 1 && slice.LineCount >= 0 ? slice.LineCount : cell.Lines.Count - first;
        count = Math.Clamp(count, 0, Math.Max(0, cell.Lines.Count - first));
        if (count == 0) return;
        var whole = first == 0 && count == cell.Lines.Count;
        var textTop = whole ? top + (bottom - top - count * cell.Pitch) / 2 : top + TableLayout.PadY;
        // Running text in a body cell reads better flush left than centred line by line.
        var align = cell.Align == TextAlign.Center && cell.Lines.Count > 1 && cell.Tag == StructTag.TD ? TextAlign.Left : cell.Align;
        var ops = new List<DrawOp>();
        for (var i = first; i < first + count; i++)
        {
            var lineTop = textTop + (i - first) * cell.Pitch;
            // A cell cut short (a row span broken across pages) shows only the lines that fit.
            if (lineTop + cell.Pitch > bottom - TableLayout.PadY + 0.5) break;
            TextSetter.SetLine(ops, cell.Glyphs, cell.Lines[i], x + TableLayout.PadX, lineTop, width - 2 * TableLayout.PadX, cell.Pitch, align);
            canvas.Lines.Add(TextSetter.Text(cell.Glyphs, cell.Lines[i]));
        }

        foreach (var op in ops) canvas.Add(op);
    }
}
