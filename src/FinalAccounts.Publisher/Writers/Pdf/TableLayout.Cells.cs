using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class TableLayout
{
    private static TableCellBox Shape(LayoutContext context, Table table, List<TableRow> rows, PlacedCell placed)
    {
        var row = rows[placed.Row];
        var cell = placed.Cell;
        var inHeader = placed.Row < table.Header.Count;
        var role = inHeader && row.Kind == TableRowKind.Header ? StyleRole.TableHeader : StyleRole.TableText;
        var bold = cell.Bold || row.Kind == TableRowKind.Total;
        var font = context.Font(role, bold);
        var glyphs = context.Shape(cell.Text, font, table.Location);
        var column = table.Columns[placed.Column];
        var align = inHeader ? TextAlign.Center : (cell.Align ?? column.Align) switch
        {
            CellAlign.Right => TextAlign.Right,
            CellAlign.Center => TextAlign.Center,
            _ => TextAlign.Left,
        };
        var tag = inHeader ? StructTag.TH : cell.IsHeader ? StructTag.THRow : StructTag.TD;
        var pitch = context.Style.Font(StyleRole.TableText).SizePt * context.Style.TableLinePitchFactor;
        return new TableCellBox(placed, glyphs, align, tag, pitch);
    }

    /// <summary>Per column: the least width (widest unbreakable piece; whole numbers in numeric columns) and the natural width.</summary>
    private static (double[] Min, double[] Max) ColumnNeeds(Table table, List<TableCellBox> cells)
    {
        var n = table.Columns.Count;
        var min = new double[n];
        var max = new double[n];
        foreach (var cell in cells.Where(c => c.ColSpan == 1))
        {
            var natural = cell.NaturalWidth() + 2 * PadX;
            // Numbers and short labels (行次, 金额, 栏次) never wrap.
            var size = cell.Glyphs.Count > 0 ? cell.Glyphs[0].Font.Size : 0;
            var whole = IsNumber(cell) || natural - 2 * PadX <= 4 * size + 0.01;
            var least = (whole ? natural - 2 * PadX : cell.MinWidth()) + 2 * PadX;
            min[cell.Column] = Math.Max(min[cell.Column], least);
            max[cell.Column] = Math.Max(max[cell.Column], natural);
        }

        // A spanning cell's unbreakable pieces must fit across the columns it spans.
        foreach (var cell in cells.Where(c => c.ColSpan > 1))
        {
            var least = cell.MinWidth() + 2 * PadX;
            var have = Enumerable.Range(cell.Column, cell.ColSpan).Sum(i => min[i]);
            if (least <= have) continue;
            for (var i = cell.Column; i < cell.Column + cell.ColSpan; i++) min[i] += (least - have) / cell.ColSpan;
        }

        for (var i = 0; i < n; i++) max[i] = Math.Max(max[i], min[i]);
        return (min, max);
    }

    // Figures such as 26,864.63, 96.10% or 19.22 never wrap.
    private static bool IsNumber(TableCellBox cell)
    {
        if (cell.Glyphs.Count == 0 || cell.Glyphs.Count > 24) return false;
        foreach (var g in cell.Glyphs)
        {
            if (!(Kinsoku.IsDigit(g.CodePoint) || g.CodePoint is ',' or '.' or '%' or '-' or '+' or '‰')) return false;
        }

        return true;
    }

    /// <summary>The title (when shown: <paramref name="title"/> says where it may break) and the meta lines.</summary>
    private void BuildPreamble(LayoutContext context, WordBreaks? title)
    {
        var width = ColumnX[^1];
        if (title is not null && Table.Title.Length > 0)
        {
            var pitch = TextLines.Pitch(context, StyleRole.Heading2);
            var glyphs = context.Shape(Table.Title, StyleRole.Heading2, Table.Location, bold: true);
            var lines = TextLines.Balanced(glyphs, width, pitch, BreakMask.For(glyphs, title));
            Preamble.AddRange(TextLines.Tag(lines, [new BeginTagOp(StructTag.P)], 1));
        }

        var metaFont = context.Font(StyleRole.TableMeta);
        var metaPitch = metaFont.Size * 1.8;
        foreach (var meta in Table.Preamble) Preamble.AddRange(MetaLines(context, meta, metaFont, metaPitch, width));
    }

    private void BuildNotes(LayoutContext context)
    {
        var width = ColumnX[^1];
        var pitch = context.Style.Font(StyleRole.Note).SizePt * 1.6;
        for (var i = 0; i < Table.Notes.Count; i++)
        {
            var glyphs = context.Shape(Table.Notes[i], StyleRole.Note, Table.Location);
            // Continuation notes ("2. …") line up under the first note's text, after "注：".
            var indent = i > 0 && Table.Notes[0].StartsWith("注：", StringComparison.Ordinal) ? 2 * context.Style.Font(StyleRole.Note).SizePt : 0;
            var lines = TextLines.Lines(glyphs, width, indent, indent, pitch, TextAlign.Left);
            if (i == 0) lines[0] = lines[0] with { Height = lines[0].Height + 2 };
            Notes.AddRange(TextLines.Tag(lines, [new BeginTagOp(StructTag.P)], 1));
        }
    }
}
