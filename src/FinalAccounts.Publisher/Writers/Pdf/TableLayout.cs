using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A table measured for a page orientation: column positions, row heights, cells by starting row, the header rows,
/// the bands of body rows that must stay together (rows joined by row spans), and the lines above and below it.
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

    /// <summary>Grid rows 0..HeaderRows-1 are the header (repeated on each page).</summary>
    public int HeaderRows { get; private set; }

    /// <summary>Body bands [Start, End) in grid rows: a page never breaks inside a band.</summary>
    public List<(int Start, int End)> Bands { get; } = [];

    /// <summary>The title (when not already the heading) and the 公开0N表/部门/单位 lines.</summary>
    public List<BlockLine> Preamble { get; } = [];

    /// <summary>The 注 lines.</summary>
    public List<BlockLine> Notes { get; } = [];

    public double HeaderHeight => RowsHeight(0, HeaderRows);

    public double RowsHeight(int from, int to)
    {
        double h = 0;
        for (var r = from; r < to; r++) h += RowHeights[r];
        return h;
    }

    public static TableLayout Create(LayoutContext context, Table table, bool showTitle)
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
        layout.Build(context, grid, cells, placement.Widths, rows, showTitle);
        return layout;
    }

    private void Build(LayoutContext context, TableGrid grid, List<TableCellBox> cells, IReadOnlyList<double> widths,
        List<TableRow> rows, bool showTitle)
    {
        ColumnX = new double[widths.Count + 1];
        for (var i = 0; i < widths.Count; i++) ColumnX[i + 1] = ColumnX[i] + widths[i];
        Width = ColumnX[^1];
        HeaderRows = Table.Header.Count;
        CellsByRow = Enumerable.Range(0, grid.RowCount).Select(_ => new List<TableCellBox>()).ToArray();
        foreach (var cell in cells) CellsByRow[cell.Row].Add(cell);
        RowHeights = new double[grid.RowCount];
        var pitch = context.Style.Font(StyleRole.TableText).SizePt * context.Style.TableLinePitchFactor;
        for (var r = 0; r < grid.RowCount; r++) RowHeights[r] = pitch + 2 * PadY;
        foreach (var cell in cells.OrderBy(c => c.RowSpan))
        {
            var h = cell.Measure(ColumnX[cell.Column + cell.ColSpan] - ColumnX[cell.Column] - 2 * PadX) + 2 * PadY;
            var have = RowsHeight(cell.Row, cell.Row + cell.RowSpan);
            if (h > have) RowHeights[cell.Row + cell.RowSpan - 1] += h - have;
        }

        BuildBands(context, grid);
        BuildPreamble(context, showTitle);
        BuildNotes(context);
    }

    private void BuildBands(LayoutContext context, TableGrid grid)
    {
        PageTextHeight = (Landscape ? context.Landscape : context.Portrait).TextHeight;
        var capacity = PageTextHeight - HeaderHeight;
        var r = HeaderRows;
        while (r < grid.RowCount)
        {
            var end = r + 1;
            for (var k = r; k < end; k++)
            {
                foreach (var cell in CellsByRow[k]) end = Math.Max(end, cell.Row + cell.RowSpan);
            }

            // A band taller than a page is given up: its rows are paged one by one.
            if (end - r > 1 && RowsHeight(r, end) > capacity)
            {
                for (var k = r; k < end; k++) Bands.Add((k, k + 1));
            }
            else
            {
                Bands.Add((r, end));
            }

            r = end;
        }
    }

    private static double[] Weights(Table table) => table.Columns.Select(c => c.Weight).ToArray();
}
