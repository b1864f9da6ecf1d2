namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class TableElement
{
    private const double Frame = 0.75;

    public override DrawResult Draw(PageCanvas canvas, double top, double available, bool force)
    {
        var piece = Piece(available)
            ?? (force ? TableBreaker.Fit(Rows, start, available - Head, TailHeight, !Started, TableBreaker.Relax.All) : null)
            ?? Forced();
        var y = top;
        if (!Started && !NotesOnly)
        {
            foreach (var line in layout.Preamble)
            {
                canvas.Draw(line, y);
                y += line.Height;
            }

            canvas.Add(new BeginTagOp(StructTag.Table));
        }

        canvas.Add(new TablePieceOp(layout.Table.Id, start, piece.End, Rows.Count));
        if (!NotesOnly)
        {
            var bottom = DrawGrid(canvas, y, Slices(piece.End));
            if (piece.End.Row >= Rows.Count) canvas.Add(EndTagOp.Instance);
            y = bottom;
        }

        if (!piece.Complete) return new DrawResult(new TableElement(layout, piece.End, tail), y - top);
        foreach (var line in layout.Notes.Concat(tail))
        {
            canvas.Draw(line, y);
            y += line.Height;
        }

        return new DrawResult(null, y - top);
    }

    /// <summary>
    /// The grid rows on this page, top to bottom: the header, the repeated label row, then the body from
    /// <see cref="start"/> to <paramref name="end"/>.
    /// </summary>
    private List<RowSlice> Slices(RowPosition end)
    {
        var slices = new List<RowSlice>();
        var header = Started ? SliceKind.Repeated : SliceKind.Header;
        for (var r = 0; r < layout.HeaderRows; r++) slices.Add(new RowSlice(r, 0, -1, layout.RowHeights[r], header));
        if (RepeatedRow >= 0) slices.Add(new RowSlice(RepeatedRow, 0, -1, layout.RowHeights[RepeatedRow], SliceKind.Repeated));
        for (var i = start.Row; i < Rows.Count && (i < end.Row || (i == end.Row && end.Line > 0)); i++)
        {
            var from = i == start.Row ? start.Line : 0;
            var grid = layout.HeaderRows + i;
            if (i == end.Row)
                slices.Add(new RowSlice(grid, from, end.Line - from, Rows.Slice(from, end.Line), SliceKind.Body));
            else if (from > 0) slices.Add(new RowSlice(grid, from, -1, Rows.Remaining(i, from), SliceKind.Body));
            else slices.Add(new RowSlice(grid, 0, -1, layout.RowHeights[grid], SliceKind.Body));
        }

        return slices;
    }

    /// <summary>
    /// Draws the slices from <paramref name="top"/>: the header (where the table starts) and body rows tagged row by
    /// row, then as artifacts the repeated header and label rows and the labels that continue from an earlier page,
    /// then every cell's rules and the frame. Returns the bottom.
    /// </summary>
    private double DrawGrid(PageCanvas canvas, double top, List<RowSlice> slices)
    {
        var tops = new double[slices.Count + 1];
        tops[0] = top;
        for (var i = 0; i < slices.Count; i++) tops[i + 1] = tops[i] + slices[i].Height;
        var rules = new List<LineOp>();
        var x0 = canvas.Left;
        var page = new PageSlices(slices, tops);
        // Content first, so a text that continues from the page before reads on without the repeated labels between.
        var again = new List<TableCellBox>();
        for (var i = 0; i < slices.Count; i++)
        {
            if (slices[i].Kind == SliceKind.Repeated) continue;
            canvas.Add(new BeginTagOp(StructTag.TR));
            foreach (var cell in layout.CellsByRow[slices[i].Row])
            {
                if (!DrawCell(canvas, cell, page, x0, rules, repeat: false)) again.Add(cell);
            }

            canvas.Add(EndTagOp.Instance);
        }

        canvas.Add(ArtifactOp.Start);
        var repeated = slices.Where(s => s.Kind == SliceKind.Repeated).SelectMany(s => layout.CellsByRow[s.Row]);
        foreach (var cell in repeated.Concat(page.Continuing(layout)).Concat(again))
            DrawCell(canvas, cell, page, x0, rules, repeat: true);
        canvas.Add(ArtifactOp.Stop);
        var bottom = tops[^1];
        rules.Add(new LineOp(x0, top, x0 + layout.Width, top, Frame));
        rules.Add(new LineOp(x0, bottom, x0 + layout.Width, bottom, Frame));
        rules.Add(new LineOp(x0, top, x0, bottom, Frame));
        rules.Add(new LineOp(x0 + layout.Width, top, x0 + layout.Width, bottom, Frame));
        canvas.Add(ArtifactOp.Start);
        foreach (var rule in rules) canvas.Add(rule);
        canvas.Add(ArtifactOp.Stop);
        return bottom;
    }

    /// <summary>
    /// A grid row on this page: lines [LineStart, LineStart + LineCount) of its cells (LineCount -1: all), its height
    /// here, and what it is on this page.
    /// </summary>
    private readonly record struct RowSlice(int Row, int LineStart, int LineCount, double Height, SliceKind Kind);

    private enum SliceKind
    {
        /// <summary>A header row where the table starts (content).</summary>
        Header,

        /// <summary>A header or label row repeated on a continuation page (artifact).</summary>
        Repeated,

        /// <summary>A body row or a piece of one (content).</summary>
        Body,
    }
}
