using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>
    /// The table grid of the given grid rows (a piece of the table): fixed layout at the computed widths; header rows (and
    /// the 栏次 row) repeat on every page; rows keep and split as <paramref name="keeps"/> says, at least as tall as the
    /// pagination laid them out; a span across columns is a gridSpan, a span down rows a vMerge restart with continuation
    /// cells below it (a span that began in an earlier piece starts again, its label repeated).
    /// </summary>
    private W.Table Grid(Document.Table table, DocxTableLayout layout, IReadOnlyList<PieceRow> piece, DocxRowKeeps keeps)
    {
        var pieceRows = piece.Select(p => p.GridRow).ToList();
        var n = table.Columns.Count;
        var rows = table.Header.Concat(table.Body).ToList();
        var grid = layout.Grid;
        var t = new W.Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyleIds.TableGrid },
            TableWidth = new TableWidth { Width = DocxUnits.Str(layout.TotalWidth), Type = TableWidthUnitValues.Dxa },
            TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        var gridColumns = new W.TableGrid();
        foreach (var w in layout.Widths) gridColumns.Append(new GridColumn { Width = DocxUnits.Str(w) });
        t.Append(gridColumns);

        var rowHeight = DocxUnits.TwipsFromPt(style.Font(StyleRole.TableText).SizePt * DocxStyles.RowHeightEms);
        for (var k = 0; k < pieceRows.Count; k++)
        {
            var r = pieceRows[k];
            var texts = piece[k].Texts;
            var next = k + 1 < pieceRows.Count ? pieceRows[k + 1] : -1;
            var kind = rows[r].Kind;
            var isHeader = r < table.Header.Count;
            var tr = new W.TableRow();
            var trPr = new TableRowProperties();
            if (!keeps.CanSplit[r]) trPr.Append(new CantSplit());
            var measuredHeight = texts is null && layout.MeasuredRows is { } measured && r < measured.Count;
            var height = measuredHeight ? layout.MeasuredRows![r] : rowHeight;
            // Where a label spanning down is cut by a page (it goes on from the page before or on the next), the row
            // that ends its part here is as tall as the PDF's: the label shows what fits, as in the PDF, rather than
            // making a taller row the page has no room for.
            var exact = measuredHeight && !isHeader && EndsCutSpan(grid, pieceRows, k, n);
            trPr.Append(new TableRowHeight
            {
                Val = (uint)height, HeightType = exact ? HeightRuleValues.Exact : HeightRuleValues.AtLeast,
            });
            if (isHeader) trPr.Append(new TableHeader());
            tr.Append(trPr);
            var keepNext = keeps.KeepWithNext[r];
            for (var c = 0; c < n;)
            {
                var placed = grid.At(r, c);
                if (placed is null)
                {
                    tr.Append(Cell(layout.Widths[c], 1, null, Kept(Para(DocxStyleIds.TableText), keepNext)));
                    c++;
                    continue;
                }

                var span = placed.Cell.ColSpan;
                var width = layout.Widths.Skip(c).Take(span).Sum();
                // Inside a span the piece's row above belongs to: a continuation (a span that began on an earlier page
                // starts again at the piece's first row of it, its label repeated).
                if (placed.Row < r && k > 0 && pieceRows[k - 1] >= placed.Row && pieceRows[k - 1] < r)
                {
                    tr.Append(Cell(width, span, new VerticalMerge(), Kept(Para(DocxStyleIds.TableText), keepNext)));
                }
                else
                {
                    var goesOn = next > r && next <= placed.LastRow;
                    var merge = goesOn ? new VerticalMerge { Val = MergedCellValues.Restart } : null;
                    // A split row shows each cell's share of the lines; a label whose lines are all on the page before
                    // (年初设定目标, 得分) is repeated on the continuation, as the PDF repeats it.
                    var shown = texts is not null && placed.Row == r && texts.TryGetValue(c, out var part)
                        && !(part.Length == 0 && placed.Cell.IsHeader)
                        ? placed with { Cell = placed.Cell with { Text = part } }
                        : placed;
                    var paragraph = CellParagraph(table, shown, width, isHeader, kind == TableRowKind.Total, keepNext);
                    tr.Append(Cell(width, span, merge, paragraph));
                }

                c += span;
            }

            t.Append(tr);
        }

        return t;
    }

    /// <summary>
    /// Whether row <paramref name="k"/> of the piece is the last of a span's part in the piece, and the span has rows
    /// outside the piece.
    /// </summary>
    private static bool EndsCutSpan(Document.TableGrid grid, List<int> pieceRows, int k, int columns)
    {
        var r = pieceRows[k];
        for (var c = 0; c < columns; c++)
        {
            if (grid.At(r, c) is not { Cell.RowSpan: > 1 } placed) continue;
            if (k + 1 < pieceRows.Count && pieceRows[k + 1] <= placed.LastRow) continue;
            var part = pieceRows.Count(row => row >= placed.Row && row <= placed.LastRow);
            if (part < placed.Cell.RowSpan) return true;
        }

        return false;
    }

    /// <summary>A cell paragraph that keeps its row with the next one (Word looks at every cell of a row).</summary>
    private static W.Paragraph Kept(W.Paragraph paragraph, bool keepNext)
    {
        if (keepNext) paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        return paragraph;
    }

    private static W.TableCell Cell(int width, int span, VerticalMerge? merge, W.Paragraph paragraph) => new(
        new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = DocxUnits.Str(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = span > 1 ? new GridSpan { Val = span } : null,
            VerticalMerge = merge,
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        },
        paragraph);

    private W.Paragraph CellParagraph(Document.Table table, PlacedCell placed, int width, bool headerRow, bool totalRow, bool keepNext)
    {
        var cell = placed.Cell;
        var column = table.Columns[placed.Column];
        var align = cell.Align ?? (headerRow ? CellAlign.Center : column.Align);
        // Running text in a body cell (a form's explanation) reads left-aligned, whatever the column's default.
        var size = style.Font(StyleRole.TableText).SizePt;
        if (cell.Align is null && !headerRow && !cell.IsHeader && align == CellAlign.Center
            && DocxTextMeasure.Lines(cell.Text, size, width - 2 * DocxStyles.CellPaddingTwips) > 1)
            align = CellAlign.Left;
        var styleId = headerRow || cell.IsHeader ? DocxStyleIds.TableHeader : DocxStyleIds.TableText;
        var p = Para(styleId);
        p.ParagraphProperties!.KeepNext = keepNext ? new KeepNext() : null;
        p.ParagraphProperties.Justification = new Justification
        {
            Val = align switch { CellAlign.Right => JustificationValues.Right, CellAlign.Center => JustificationValues.Center, _ => JustificationValues.Left },
        };
        if (cell.Text.Length > 0) p.Append(DocxText.ToRun(cell.Text, bold: cell.Bold || totalRow));
        return p;
    }

    /// <summary>Places the cells on the grid; spans that overlap or overflow are reported and the table is set without merges.</summary>
    private Document.TableGrid PlaceCells(Document.Table table)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        var columns = table.Columns.Count;
        if (columns == 0) return Document.TableGrid.Build([], 0);
        try
        {
            return Document.TableGrid.Build(rows, columns);
        }
        catch (InvalidOperationException e)
        {
            Diagnostics.Report(DocxDiagnostics.BadSpans, table.Location,
                $"表“{table.Title}”的合并单元格有误（{e.Message}），已按不合并输出。",
                $"Table '{table.Title}' has bad cell spans ({e.Message}); it was written without merges.");
            var flat = rows.Select(r => r with { Cells = r.Cells.Take(columns).Select(c => c with { ColSpan = 1, RowSpan = 1 }).ToList() }).ToList();
            return Document.TableGrid.Build(flat, columns);
        }
    }
}

/// <summary>A row of a table piece: its grid row and, for a row split across pages, the text each cell shows here.</summary>
internal sealed record PieceRow(int GridRow, IReadOnlyDictionary<int, string>? Texts);
