using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A table measured for a page orientation: column positions, row heights, cells by starting row, the header rows,
/// the body rows as the page breaker sees them, and the lines above and below it.
/// </summary>
internal sealed partial class TableLayout
{
    public const double PadX = 4, PadY = 3, Rule = 0.5;

    private TableLayout(Table table, bool landscape)
    {
        Table = table;
        Landscape = landscape;
    }

    public Table Table { get; }

    public bool Landscape { get; }

    public double[] ColumnX { get; private set; } = [];

    public double Width { get; private set; }

    /// <summary>The text height of a page in this table's orientation.</summary>
    public double PageTextHeight { get; private set; }

    public double[] RowHeights { get; private set; } = [];

    public List<TableCellBox>[] CellsByRow { get; private set; } = [];

    /// <summary>Every cell, in reading order.</summary>
    public List<TableCellBox> Cells { get; private set; } = [];

    /// <summary>Grid rows 0..HeaderRows-1 are the header (repeated on each page).</summary>
    public int HeaderRows { get; private set; }

    /// <summary>The body rows (grid rows from <see cref="HeaderRows"/> on) as the page breaker sees them.</summary>
    public TableRows Rows { get; private set; } = null!;

    /// <summary>The title (when not already the heading) and the 公开0N表/部门/单位 lines.</summary>
    public List<BlockLine> Preamble { get; } = [];

    /// <summary>Where the parts of each meta line went, for the editions that follow the pagination.</summary>
    public List<Shared.MetaLinePlacement> MetaPlacements { get; } = [];

    /// <summary>The 注 lines.</summary>
    public List<BlockLine> Notes { get; } = [];

    public double HeaderHeight => RowsHeight(0, HeaderRows);

    /// <summary>How the cells of grid row <paramref name="row"/> divide when a page breaks before line <paramref name="line"/>.</summary>
    public IReadOnlyList<Shared.SplitCell> SplitCells(int row, int line) =>
        CellsByRow[row].Where(c => c.RowSpan == 1).Select(c =>
        {
            var at = line < c.Lines.Count ? c.Lines[line].Start : c.Glyphs.Count;
            return new Shared.SplitCell(c.Column, TextSetter.Text(c.Glyphs, new LineSpan(0, at, 0, false)),
                TextSetter.Text(c.Glyphs, new LineSpan(at, c.Glyphs.Count, 0, true)));
        }).ToList();

    /// <summary>The column widths and row heights as the pagination hands them to other editions.</summary>
    public Shared.TableMeasure Measure() =>
        new(Enumerable.Range(0, ColumnX.Length - 1).Select(i => ColumnX[i + 1] - ColumnX[i]).ToList(),
            RowHeights.ToList(), Rows.LabelRow.ToList(), MetaPlacements);

    public double RowsHeight(int from, int to)
    {
        double h = 0;
        for (var r = from; r < to; r++) h += RowHeights[r];
        return h;
    }

    /// <summary>The table measured; its title, when shown, breaks between words only (<paramref name="breaks"/>).</summary>
    public static TableLayout Create(LayoutContext context, Table table, bool showTitle, WordBreaks breaks)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        var grid = TableGrid.Build(rows, table.Columns.Count);
        var cells = grid.Cells.Select(c => Shape(context, table, rows, c)).ToList();
        var (min, max) = ColumnNeeds(table, cells);
        var placement = ColumnPlan.Place(
            table.Wide, min, max, Weights(table), context.Portrait.TextWidth, context.Landscape.TextWidth);
        if (placement.Squeezed)
        {
            context.Diagnostics.Report(FontDiagnostics.ContentTooLarge, table.Location,
                $"表“{table.Title}”的列太多，横向页面也放不下，列宽已压缩，数字可能折行。",
                $"Table '{table.Title}' is too wide even for a landscape page; columns are squeezed and numbers may wrap.");
        }

        var layout = new TableLayout(table, placement.Landscape);
        layout.Build(context, grid, cells, placement.Widths, rows, showTitle ? breaks : null);
        return layout;
    }

    private void Build(LayoutContext context, TableGrid grid, List<TableCellBox> cells, IReadOnlyList<double> widths,
        List<TableRow> rows, WordBreaks? title)
    {
        ColumnX = new double[widths.Count + 1];
        for (var i = 0; i < widths.Count; i++) ColumnX[i + 1] = ColumnX[i] + widths[i];
        Width = ColumnX[^1];
        HeaderRows = Table.Header.Count;
        Cells = cells;
        CellsByRow = Enumerable.Range(0, grid.RowCount).Select(_ => new List<TableCellBox>()).ToArray();
        foreach (var cell in cells) CellsByRow[cell.Row].Add(cell);
        RowHeights = new double[grid.RowCount];
        var pitch = context.Style.Font(StyleRole.TableText).SizePt * context.Style.TableLinePitchFactor;
        for (var r = 0; r < grid.RowCount; r++) RowHeights[r] = pitch + 2 * PadY;
        var spans = new List<(TableCellBox Cell, double Height)>();
        foreach (var cell in cells.OrderBy(c => c.RowSpan))
        {
            var h = cell.Measure(ColumnX[cell.Column + cell.ColSpan] - ColumnX[cell.Column] - 2 * PadX) + 2 * PadY;
            var have = RowsHeight(cell.Row, cell.Row + cell.RowSpan);
            if (h > have) RowHeights[cell.Row + cell.RowSpan - 1] += h - have;
            if (cell.RowSpan > 1 && cell.Row >= HeaderRows) spans.Add((cell, h));
        }

        PageTextHeight = (Landscape ? context.Landscape : context.Portrait).TextHeight;
        Rows = BodyRows(grid, rows, pitch, spans);
        BuildPreamble(context, title);
        BuildNotes(context);
    }

    private TableRows BodyRows(TableGrid grid, List<TableRow> rows, double pitch,
        IReadOnlyList<(TableCellBox Cell, double Height)> spans)
    {
        var n = grid.RowCount - HeaderRows;
        var heights = new double[n];
        var lines = new int[n];
        var breaks = new bool[n];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            var r = HeaderRows + i;
            heights[i] = RowHeights[r];
            lines[i] = CellsByRow[r].Where(c => c.RowSpan == 1).Select(c => c.Lines.Count).DefaultIfEmpty(1).Max();
            breaks[i] = KeepRules.CanBreakBefore(Table, i);
            labels[i] = LabelRow(grid, rows, r) - HeaderRows;
        }

        // A spanning label cut by a page shows on both sides (it repeats on the continuation): no break where either
        // side has less height than the label's text, which would clip it.
        foreach (var (cell, height) in spans)
        {
            for (var r = cell.Row + 1; r < cell.Row + cell.RowSpan; r++)
            {
                if (RowsHeight(cell.Row, r) < height - 0.01 || RowsHeight(r, cell.Row + cell.RowSpan) < height - 0.01)
                    breaks[r - HeaderRows] = false;
            }
        }

        return new TableRows(heights, lines, breaks, labels, pitch, PadY);
    }

    /// <summary>The label row to repeat when a page starts at grid row <paramref name="row"/>: where the outermost spanning cell covering it starts, if that row holds labels only; else -1 (before the body).</summary>
    private int LabelRow(TableGrid grid, List<TableRow> rows, int row)
    {
        var found = int.MaxValue;
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            if (grid.At(row, c) is { } placed && placed.Row < row && placed.Row >= HeaderRows && KeepRules.IsLabelRow(rows[placed.Row]))
                found = Math.Min(found, placed.Row);
        }

        return found == int.MaxValue ? HeaderRows - 1 : found;
    }

    private static double[] Weights(Table table) => table.Columns.Select(c => c.Weight).ToArray();
}
