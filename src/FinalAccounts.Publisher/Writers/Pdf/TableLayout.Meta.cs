using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class TableLayout
{
    /// <summary>
    /// A 部门 / 年度 / 单位 line: left part at the left edge, centre part centred, right part at the right edge. When the
    /// centre part would touch the others it moves aside; when the three cannot share a line, the left part gets its own.
    /// </summary>
    private List<BlockLine> MetaLines(LayoutContext context, TableMetaLine meta, RoleFont font, double pitch, double width)
    {
        var left = context.Shape(meta.Left, font, Table.Location);
        var center = context.Shape(meta.Center, font, Table.Location);
        var right = context.Shape(meta.Right, font, Table.Location);
        double W(List<Glyph> g) => LineBreaker.Measure(g, 0, g.Count);
        var gap = font.Size;
        var (lw, cw, rw) = (W(left), W(center), W(right));
        var lines = new List<BlockLine>();
        if (lw + cw + rw + 2 * gap > width && left.Count > 0)
        {
            lines.AddRange(TextLines.Lines(left, width, 0, 0, pitch, TextAlign.Left));
            left = [];
            lw = 0;
        }

        var ops = new List<DrawOp>();
        if (left.Count > 0) Put(ops, left, 0, width, pitch);
        var cx = (width - cw) / 2;
        if (center.Count > 0)
        {
            if (left.Count > 0 && cx < lw + gap) cx = lw + gap;
            if (right.Count > 0 && cx + cw > width - rw - gap) cx = Math.Max(lw > 0 ? lw + gap : 0, width - rw - gap - cw);
            Put(ops, center, cx, width - cx, pitch);
        }

        MetaPlacements.Add(new Shared.MetaLinePlacement(lines.Count > 0, cx));

        if (right.Count > 0) Put(ops, right, Math.Max(0, width - rw), rw, pitch);
        if (ops.Count > 0) lines.Add(new BlockLine(pitch, [], ops, 0));
        return TextLines.Tag(lines, [new BeginTagOp(StructTag.P)], 1);
    }

    private static void Put(List<DrawOp> ops, List<Glyph> glyphs, double x, double width, double pitch)
    {
        var line = new LineSpan(0, glyphs.Count, LineBreaker.Measure(glyphs, 0, glyphs.Count), true);
        TextSetter.SetLine(ops, glyphs, line, x, 0, width, pitch, TextAlign.Left);
    }
}
