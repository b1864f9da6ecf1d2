namespace FinalAccounts.Publisher.Document;

/// <summary>
/// The cells of a table's rows placed on a grid, resolving row and column spans the way HTML does.
/// Writers use it to find which cell covers a grid position (for vertical merges, borders and widths).
/// </summary>
public sealed class TableGrid
{
    private readonly PlacedCell?[,] covering;

    private TableGrid(int rows, int columns, List<PlacedCell> cells, PlacedCell?[,] covering)
    {
        RowCount = rows;
        ColumnCount = columns;
        Cells = cells;
        this.covering = covering;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>The cells in reading order, each with the row and column where it starts.</summary>
    public IReadOnlyList<PlacedCell> Cells { get; }

    /// <summary>The cell that covers a grid position, or null when no cell does (a short row).</summary>
    public PlacedCell? At(int row, int column) => covering[row, column];

    /// <summary>Places rows on a grid of <paramref name="columnCount"/> columns. Throws when spans overlap or overflow.</summary>
    public static TableGrid Build(IReadOnlyList<TableRow> rows, int columnCount)
    {
        var covering = new PlacedCell?[rows.Count, columnCount];
        var cells = new List<PlacedCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (c < columnCount && covering[r, c] is not null) c++;
                if (c + cell.ColSpan > columnCount || r + cell.RowSpan > rows.Count)
                    throw new InvalidOperationException(
                        $"Table cell '{cell.Text}' at row {r}, column {c} spans past the table ({rows.Count}×{columnCount}).");
                var placed = new PlacedCell(r, c, cell);
                for (var dr = 0; dr < cell.RowSpan; dr++)
                for (var dc = 0; dc < cell.ColSpan; dc++)
                {
                    if (covering[r + dr, c + dc] is not null)
                        throw new InvalidOperationException($"Table cell '{cell.Text}' overlaps another at row {r + dr}, column {c + dc}.");
                    covering[r + dr, c + dc] = placed;
                }

                cells.Add(placed);
                c += cell.ColSpan;
            }
        }

        return new TableGrid(rows.Count, columnCount, cells, covering);
    }
}

/// <summary>A cell with the grid row and column where it starts.</summary>
public sealed record PlacedCell(int Row, int Column, TableCell Cell)
{
    public int LastRow => Row + Cell.RowSpan - 1;

    public int LastColumn => Column + Cell.ColSpan - 1;
}
