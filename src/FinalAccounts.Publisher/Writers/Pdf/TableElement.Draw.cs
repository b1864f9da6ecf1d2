namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class TableElement
{
    private const double Frame = 0.75;

    public override DrawResult Draw(PageCanvas canvas, double top, double available, bool force)
    {
        var fit = Fit(available, force);
        if (fit.Kind == SpacePlanKind.Wrap) fit = Fit(available, true);
        var y = top;
        var x0 = canvas.Left;
        if (!Started && !NotesOnly)
        {
            foreach (var line in layout.Preamble)
            {
                canvas.Draw(line, y);
                y += line.Height;
            }

            canvas.Add(new BeginTagOp(StructTag.Table));
        }

        var rules = new List<LineOp>();
        var tableTop = y;
        if (!NotesOnly)
        {
            var header = Enumerable.Range(0, layout.HeaderRows).Select(r => new RowSlice(r, 0, -1, layout.RowHeights[r])).ToList();
            // Header rows repeated on a continuation page are pagination artifacts, not content.
            if (Started) canvas.Add(ArtifactOp.Start);
            y = DrawRows(canvas, x0, y, header, !Started, rules);
            if (Started) canvas.Add(ArtifactOp.Stop);
            y = DrawRows(canvas, x0, y, BodySlices(fit), true, rules);
            if (fit.EndBand >= layout.Bands.Count && fit.SplitLines == 0) canvas.Add(EndTagOp.Instance);
            rules.Add(new LineOp(x0, tableTop, x0 + layout.Width, tableTop, Frame));
            rules.Add(new LineOp(x0, y, x0 + layout.Width, y, Frame));
            rules.Add(new LineOp(x0, tableTop, x0, y, Frame));
            rules.Add(new LineOp(x0 + layout.Width, tableTop, x0 + layout.Width, y, Frame));
            canvas.Add(ArtifactOp.Start);
            foreach (var rule in rules) canvas.Add(rule);
            canvas.Add(ArtifactOp.Stop);
        }

        if (fit.Kind == SpacePlanKind.Full)
        {
            foreach (var line in layout.Notes)
            {
                canvas.Draw(line, y);
                y += line.Height;
            }

            return new DrawResult(null, y - top);
        }

        var rest = fit.SplitLines > 0 ? new TableElement(layout, band, lineOffset + fit.SplitLines) : new TableElement(layout, fit.EndBand, 0);
        return new DrawResult(rest, y - top);
    }

    private List<RowSlice> BodySlices(Fitting fit)
    {
        var slices = new List<RowSlice>();
        if (NotesOnly) return slices;
        if (fit.SplitLines > 0)
        {
            var row = layout.Bands[band].Start;
            slices.Add(new RowSlice(row, lineOffset, fit.SplitLines, SplitHeight(fit.SplitLines)));
            return slices;
        }

        for (var k = band; k < fit.EndBand; k++)
        {
            var (start, end) = layout.Bands[k];
            if (k == band && lineOffset > 0)
            {
                slices.Add(new RowSlice(start, lineOffset, -1, BandHeight(k)));
                continue;
            }

            for (var r = start; r < end; r++) slices.Add(new RowSlice(r, 0, -1, layout.RowHeights[r]));
        }

        return slices;
    }

    /// <summary>The height band <paramref name="k"/> still needs (less when a split row has lines already drawn).</summary>
    private double BandHeight(int k)
    {
        var (start, end) = layout.Bands[k];
        if (k != band || lineOffset == 0) return layout.RowsHeight(start, end);
        var left = layout.CellsByRow[start].Select(c => c.Lines.Count - lineOffset).DefaultIfEmpty(0).Max();
        return SplitHeight(Math.Max(1, left));
    }

    /// <summary>How many lines of a single-row band fit in <paramref name="space"/> (0 when the band has several rows).</summary>
    private int SplitLines(double space)
    {
        var (start, end) = layout.Bands[band];
        if (end - start != 1) return 0;
        var pitch = layout.CellsByRow[start].Select(c => c.Pitch).DefaultIfEmpty(12).Max();
        var left = layout.CellsByRow[start].Select(c => c.Lines.Count - lineOffset).DefaultIfEmpty(0).Max();
        var n = (int)Math.Floor((space - 2 * TableLayout.PadY + 0.01) / pitch);
        return Math.Clamp(n, 0, Math.Max(0, left - 1));
    }

    private double SplitHeight(int lines)
    {
        var row = layout.Bands[band].Start;
        var pitch = layout.CellsByRow[row].Select(c => c.Pitch).DefaultIfEmpty(12).Max();
        return lines * pitch + 2 * TableLayout.PadY;
    }

    /// <summary>A grid row on this page: lines [LineStart, LineStart + LineCount) of its cells (LineCount -1: all), and its height here.</summary>
    private readonly record struct RowSlice(int Row, int LineStart, int LineCount, double Height);
}
