using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input.Workbooks;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// A document's table as a grid of cells, the way a worksheet is one: a read table becomes a <see cref="Table"/> of the
/// document model, and a table of the model becomes a <see cref="Worksheet"/> (spans as merged areas), so the workbook
/// reader's layout recognition reads it through the table descriptors.
/// </summary>
internal static class TableGrids
{
    /// <summary>The heading separator the Markdown writer uses to flatten a header tree ("收入 / 项目").</summary>
    private const string HeaderSeparator = " / ";

    /// <summary>A table read as rows of cell texts; a pipe table's first row is its flattened header.</summary>
    public static Table Table(string file, int index, IReadOnlyList<IReadOnlyList<string>> rows, bool pipe)
    {
        var width = rows.Max(r => r.Count);
        var header = pipe ? SplitHeader(rows[0], width) : [];
        var body = rows.Skip(pipe ? 1 : 0).Select(r => BodyRow(r, width)).ToList();
        return new Table($"t{index}", "", [], [.. Enumerable.Range(0, width).Select(_ => new TableColumn(CellAlign.Left))],
            header, body, [], false, SourceLocation.InDocument(file, 0, 0, index));
    }

    /// <summary>
    /// A body row: a total's label followed by empty cells and then its amount ("公用经费合计 | | | | | 170.04") spans the
    /// empty cells, as it did where the row was printed before it was flattened to text.
    /// </summary>
    private static TableRow BodyRow(IReadOnlyList<string> cells, int width)
    {
        var row = new List<TableCell>();
        for (var c = 0; c < width; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            var span = 1;
            if (text.Contains("合计", StringComparison.Ordinal) && !text.Any(char.IsAsciiDigit))
            {
                var next = c + 1;
                while (next < width && (next >= cells.Count || cells[next].Length == 0)) next++;
                if (next < cells.Count && next > c + 1 && IsNumber(cells[next])) span = next - c;
            }

            row.Add(new TableCell(text, span));
            c += span - 1;
        }

        return new TableRow(row);
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The rows of a table, header first, as a worksheet named after the table's place (cells 1-based).</summary>
    public static Worksheet Sheet(Table table, string name, IReadOnlyList<string> above)
    {
        var cells = new Dictionary<(int Row, int Column), SheetCell>();
        var merged = new List<CellRange>();
        for (var i = 0; i < above.Count; i++) cells[(i + 1, 1)] = new SheetCell(SheetCellKind.Text, above[i]);
        var taken = new HashSet<(int, int)>();
        var rows = table.Header.Concat(table.Body).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 1;
            foreach (var cell in rows[r].Cells)
            {
                while (taken.Contains((r, column))) column++;
                var row = above.Count + r + 1;
                if (cell.Text.Length > 0) cells[(row, column)] = new SheetCell(SheetCellKind.Text, cell.Text.Replace('\n', ' '));
                for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++) taken.Add((r + dr, column + dc));
                if (cell.RowSpan > 1 || cell.ColSpan > 1)
                    merged.Add(new CellRange(row, column, row + cell.RowSpan - 1, column + cell.ColSpan - 1));
                column += cell.ColSpan;
            }
        }

        return new Worksheet(name, cells, merged, new HashSet<int>(), null);
    }

    /// <summary>"收入 / 项目" | "收入 / 行次" | "本年收入合计" → a header tree of two rows with 收入 spanning two columns.</summary>
    private static List<TableRow> SplitHeader(IReadOnlyList<string> cells, int width)
    {
        var paths = Enumerable.Range(0, width)
            .Select(c => c < cells.Count ? cells[c].Split(HeaderSeparator, StringSplitOptions.TrimEntries) : [""]).ToList();
        var depth = paths.Max(p => p.Length);
        var rows = new List<TableRow>();
        for (var level = 0; level < depth; level++)
        {
            var row = new List<TableCell>();
            for (var c = 0; c < width;)
            {
                var path = paths[c];
                if (level >= path.Length) { c++; continue; }
                if (level == path.Length - 1)
                {
                    row.Add(new TableCell(path[level], 1, depth - level, IsHeader: true));
                    c++;
                    continue;
                }

                var span = 1;
                while (c + span < width && paths[c + span].Length > level + 1 &&
                       paths[c + span].Take(level + 1).SequenceEqual(path.Take(level + 1))) span++;
                row.Add(new TableCell(path[level], span, 1, IsHeader: true));
                c += span;
            }

            rows.Add(new TableRow(row, TableRowKind.Header));
        }

        return rows;
    }
}
