using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Markdown;

/// <summary>
/// A table as a GFM pipe table: the lines above it as paragraphs, merged header rows flattened into one header row whose
/// labels join every level (收入 / 项目), the 栏次 row as the first body row, spans written into their first cell.
/// </summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder sb, Table table)
    {
        foreach (var line in table.Preamble)
        {
            var parts = new[] { line.Left, line.Center, line.Right }.Where(p => p.Length > 0).Select(MarkdownWriter.Escape);
            sb.Append(string.Join("　", parts)).Append("\n\n");
        }

        var columns = table.Columns.Count;
        var headerRows = table.Header.Where(r => r.Kind == TableRowKind.Header).ToList();
        var labels = Enumerable.Range(0, columns).Select(_ => new List<string>()).ToArray();
        if (headerRows.Count > 0)
        {
            var grid = TableGrid.Build(headerRows, columns);
            for (var c = 0; c < columns; c++)
            for (var r = 0; r < grid.RowCount; r++)
                if (grid.At(r, c) is { } cell && cell.Row == r && cell.Cell.Text.Length > 0 && (labels[c].Count == 0 || labels[c][^1] != cell.Cell.Text))
                    labels[c].Add(cell.Cell.Text);
        }

        var bodyRows = table.Header.Where(r => r.Kind == TableRowKind.ColumnNumbers).Concat(table.Body).ToList();
        if (headerRows.Count == 0 && bodyRows.Count > 0)
        {
            // Forms have no header: the first body row becomes the Markdown header, as Markdown requires one.
            var first = Flatten(bodyRows[0], columns);
            for (var c = 0; c < columns; c++) labels[c].Add(first[c]);
            bodyRows.RemoveAt(0);
        }

        sb.Append('|');
        foreach (var l in labels) sb.Append(' ').Append(Cell(string.Join(" / ", l))).Append(" |");
        sb.Append("\n|");
        foreach (var col in table.Columns)
            sb.Append(col.Align switch { CellAlign.Right => " ---: |", CellAlign.Center => " :---: |", _ => " --- |" });
        sb.Append('\n');
        var body = TableGrid.Build(bodyRows, columns);
        for (var r = 0; r < body.RowCount; r++)
        {
            sb.Append('|');
            for (var c = 0; c < columns; c++)
            {
                var placed = body.At(r, c);
                var text = placed is not null && placed.Row == r && placed.Column == c ? placed.Cell.Text : "";
                var bold = placed?.Cell.Bold == true && text.Length > 0;
                sb.Append(' ').Append(bold ? "**" + Cell(text) + "**" : Cell(text)).Append(" |");
            }

            sb.Append('\n');
        }

        sb.Append('\n');
        foreach (var note in table.Notes) sb.Append(MarkdownWriter.Escape(note)).Append("\n\n");
    }

    private static string[] Flatten(TableRow row, int columns)
    {
        var grid = TableGrid.Build([row], columns);
        return Enumerable.Range(0, columns).Select(c => grid.At(0, c) is { } p && p.Column == c ? p.Cell.Text : "").ToArray();
    }

    private static string Cell(string text) => MarkdownWriter.Escape(text).Replace("\n", "<br>");
}
