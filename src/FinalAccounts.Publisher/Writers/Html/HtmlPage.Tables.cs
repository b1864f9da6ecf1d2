using System.Globalization;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

internal sealed partial class HtmlPage
{
    /// <summary>
    /// A table in a block with its notes: the caption holds the title (hidden on screen when the heading above says the
    /// same) and the lines above the table (公开0N表, 部门/年度/单位), so they are tied to it; header rows and the 栏次 row
    /// form the thead; label cells of the body are row headers. Every table sits in a scrolling region on screen; on a
    /// narrow screen it keeps its least width (<see cref="LeastWidthEm"/>), so a phone scrolls it instead of squeezing
    /// its columns. A wide table goes on a landscape page in print.
    /// </summary>
    private void WriteTable(Table table, bool titleIsHeading)
    {
        var id = ids.Of(table);
        var spans = SpansAreValid(table);
        Open("div", table.Wide ? "table-block wide" : "table-block");
        sb.Append('\n');
        var hasCaption = table.Title.Length > 0 || table.Preamble.Count > 0;
        sb.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"");
        if (hasCaption) sb.Append(" aria-labelledby=\"").AppendEscaped(id).Append("-caption\"");
        else sb.Append(" aria-label=\"").AppendEscaped(context.Style.Words.TableLabel).Append('"');
        sb.Append(">\n<table id=\"").AppendEscaped(id).Append('"');
        if (LeastWidthEm(table, spans) is var least and > 0)
            sb.Append(" style=\"--least-width:").Append(least.ToString("0.#", CultureInfo.InvariantCulture)).Append("em\"");
        sb.Append(">\n");
        if (hasCaption) WriteCaption(table, id, titleIsHeading);
        WriteColumns(table);
        if (table.Header.Count > 0)
        {
            sb.Append("<thead>\n");
            WriteRows(table, table.Header, spans, header: true);
            sb.Append("</thead>\n");
        }

        foreach (var (start, end, kept) in HtmlRowGroups.For(table, spans).Groups)
        {
            sb.Append(kept ? "<tbody class=\"keep\">\n" : "<tbody>\n");
            WriteRows(table, table.Body.Skip(start).Take(end - start).ToList(), spans, header: false);
            sb.Append("</tbody>\n");
        }

        sb.Append("</table>\n</div>\n");
        foreach (var note in table.Notes) sb.Append("<p class=\"note\">").AppendMultiline(note).Append("</p>\n");
        sb.Append("</div>\n");
    }

    private void WriteCaption(Table table, string id, bool titleIsHeading)
    {
        sb.Append("<caption id=\"").AppendEscaped(id).Append("-caption\">");
        if (table.Title.Length > 0)
            sb.Append(titleIsHeading ? "<span class=\"table-title sr-only\">" : "<span class=\"table-title\">").AppendMultiline(table.Title).Append("</span>");
        foreach (var line in table.Preamble)
        {
            sb.Append("<span class=\"table-meta\">");
            MetaPart("meta-left", line.Left);
            MetaPart("meta-center", line.Center);
            MetaPart("meta-right", line.Right);
            sb.Append("</span>");
        }

        sb.Append("</caption>\n");
    }

    private void MetaPart(string css, string text)
    {
        sb.Append("<span class=\"").Append(css).Append("\">").AppendMultiline(text).Append("</span>");
    }

    /// <summary>Column widths from the weights, as percentages; none when no column has a weight.</summary>
    private void WriteColumns(Table table)
    {
        if (!table.Columns.Any(c => c.Weight > 0)) return;
        sb.Append("<colgroup>");
        foreach (var share in ColumnPlan.Shares(table.Columns))
        {
            var percent = (share * 100).ToString("0.##", CultureInfo.InvariantCulture);
            sb.Append("<col style=\"width:").Append(percent).Append("%\">");
        }


        sb.Append("</colgroup>\n");
    }

    /// <summary>Text in a body cell keeps about this many characters on a line, header labels this many.</summary>
    private const double TextEms = 8, HeaderEms = 4;

    /// <summary>A cell's padding left and right (0.45rem each in the table's 0.875rem font), in em.</summary>
    private const double PaddingEms = 1.1;

    /// <summary>
    /// The least width of a table, in em of its font: wide enough that every column, given its share of the width by
    /// the weights (<see cref="ColumnPlan.Shares"/>), keeps its longest number whole and about eight characters of text
    /// on a line (four for header labels), padding included; 0 without columns.
    /// </summary>
    private static double LeastWidthEm(Table table, bool spans)
    {
        var n = table.Columns.Count;
        if (n == 0) return 0;
        var least = new double[n];
        foreach (var (rows, header) in new[] { (table.Header, true), (table.Body, false) })
        {
            var cells = spans
                ? TableGrid.Build(rows, n).Cells
                : rows.SelectMany((r, i) => r.Cells.Take(n).Select((c, k) => new PlacedCell(i, k, c with { ColSpan = 1 })));
            foreach (var placed in cells.Where(p => p.Cell.ColSpan == 1))
            {
                var text = placed.Cell.Text.Trim();
                var ems = TextEstimate.LongestLineEms(text);
                var number = TextEstimate.IsNumber(text) || (!header && table.Columns[placed.Column].Numeric);
                var need = number ? ems : Math.Min(ems, header ? HeaderEms : TextEms);
                least[placed.Column] = Math.Max(least[placed.Column], need + PaddingEms);
            }
        }

        if (!table.Columns.Any(c => c.Weight > 0)) return least.Sum();
        var shares = ColumnPlan.Shares(table.Columns);
        return Enumerable.Range(0, n).Max(c => least[c] / shares[c]);
    }

    private void WriteRows(Table table, IReadOnlyList<TableRow> rows, bool spans, bool header)
    {
        // Grid positions give each cell its column (for alignment) when the spans are valid.
        var grid = spans ? TableGrid.Build(rows, table.Columns.Count) : null;
        var placed = 0;
        foreach (var row in rows)
        {
            var css = row.Kind switch
            {
                TableRowKind.Total => " class=\"total\"",
                TableRowKind.ColumnNumbers => " class=\"col-numbers\"",
                _ => "",
            };
            sb.Append("<tr").Append(css).Append('>');
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (grid is not null) column = grid.Cells[placed].Column;
                placed++;
                WriteCell(table, cell, column, spans, header || row.Kind is TableRowKind.Header or TableRowKind.ColumnNumbers);
                column += spans ? cell.ColSpan : 1;
            }

            sb.Append("</tr>\n");
        }
    }

    private void WriteCell(Table table, TableCell cell, int column, bool spans, bool header)
    {
        var col = column < table.Columns.Count ? table.Columns[column] : null;
        var colSpan = spans ? cell.ColSpan : 1;
        var rowSpan = spans ? cell.RowSpan : 1;
        var isTh = cell.Text.Trim().Length > 0 && (header || cell.IsHeader);
        var classes = new List<string>(3);
        if (!header && col is { Numeric: true } && cell.Align is null or CellAlign.Right) classes.Add("num");
        else
        {
            var align = cell.Align ?? (header ? CellAlign.Center : col?.Align ?? CellAlign.Left);
            if (align == CellAlign.Center && !header) classes.Add("ac");
            else if (align == CellAlign.Right) classes.Add("ar");
            else if (align == CellAlign.Left && header) classes.Add("al");
        }

        if (cell.Bold) classes.Add("b");
        var tag = isTh ? "th" : "td";
        sb.Append('<').Append(tag);
        if (isTh) sb.Append(" scope=\"").Append(header ? colSpan > 1 ? "colgroup" : "col" : "row").Append('"');
        if (colSpan > 1) sb.Append(" colspan=\"").Append(colSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (rowSpan > 1) sb.Append(" rowspan=\"").Append(rowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (classes.Count > 0) sb.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        sb.Append('>').AppendMultiline(cell.Text).Append("</").Append(tag).Append('>');
    }

    /// <summary>Whether header and body place on the grid; if not, the table is written without merges and a warning.</summary>
    private bool SpansAreValid(Table table)
    {
        try
        {
            TableGrid.Build(table.Header, table.Columns.Count);
            TableGrid.Build(table.Body, table.Columns.Count);
            return true;
        }
        catch (InvalidOperationException e)
        {
            context.Diagnostics.Report(HtmlDiagnostics.BadSpans, table.Location,
                $"表“{table.Title}”的合并单元格有误，网页中按不合并输出：{e.Message}", $"Table '{table.Title}' has invalid spans and was written without merges: {e.Message}");
            return false;
        }
    }
}
