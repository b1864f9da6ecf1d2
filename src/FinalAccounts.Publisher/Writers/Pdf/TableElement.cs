using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A table on pages: preamble, header rows and the first rows stay together; the header rows repeat on every page, and
/// so does the label row of a group of rows that continues (a form's 一级指标… row), with the group's spanning labels;
/// a page breaks where <see cref="TableBreaker"/> allows, inside a tall row too; the notes and the statement after the
/// table stay with its last rows. The paging state (where the next page starts) is immutable: <see cref="Draw"/>
/// returns a new element.
/// </summary>
internal sealed partial class TableElement : FlowElement
{
    private readonly TableLayout layout;
    private readonly RowPosition start;
    private readonly IReadOnlyList<BlockLine> tail;

    private TableElement(TableLayout layout, RowPosition start, IReadOnlyList<BlockLine> tail)
    {
        this.layout = layout;
        this.start = start;
        this.tail = tail;
        Landscape = layout.Landscape;
        SpaceBefore = Started ? 0 : 6;
    }

    public static TableElement Create(
        LayoutContext context, Table table, bool showTitle = true, WordBreaks? breaks = null) =>
        new(TableLayout.Create(context, table, showTitle, breaks ?? WordBreaks.None), RowPosition.Start, []);

    public TableLayout Layout => layout;

    /// <summary>Where in the body this piece starts when it goes on from an earlier page (null: at the start, or notes).</summary>
    public RowPosition? Resume => Started && !NotesOnly ? start : null;

    /// <summary>The same table followed, a little apart, by <paramref name="lines"/> (a statement or closing lines).</summary>
    public TableElement WithTail(IEnumerable<BlockLine> lines) =>
        new(layout, start, [.. tail, new BlockLine(TailGap, [], [], 0), .. lines]) { KeepWithNext = KeepWithNext };

    private const double TailGap = 6;

    private TableRows Rows => layout.Rows;

    private bool Started => start != RowPosition.Start;

    private bool NotesOnly => start.Row >= Rows.Count && Rows.Count > 0;

    /// <summary>The grid row repeated under the header on this page (the label row of a continuing group), or -1.</summary>
    private int RepeatedRow =>
        Started && !NotesOnly && Rows.LabelRow[start.Row] >= 0 ? layout.HeaderRows + Rows.LabelRow[start.Row] : -1;

    private double Head =>
        NotesOnly ? 0
            : (Started ? 0 : Sum(layout.Preamble)) + layout.HeaderHeight + (RepeatedRow >= 0 ? layout.RowHeights[RepeatedRow] : 0);

    private double TailHeight => Sum(layout.Notes) + Sum(tail);

    public override double MinFirstHeight =>
        Math.Min(Head + TableBreaker.Least(Rows, start, TailHeight, !Started).Height, layout.PageTextHeight);

    public override SpacePlan Plan(double available)
    {
        if (Piece(available) is not { } piece)
        {
            return SpacePlan.Wrap(
                $"table '{layout.Table.Title}' from {start}: the rows the keep rules allow need more than {available:0.#}pt");
        }

        return piece.Complete ? SpacePlan.Full(Head + piece.Height) : SpacePlan.Partial(Head + piece.Height);
    }

    /// <summary>This page's piece; the rules give way only on an empty page that cannot meet them.</summary>
    private TablePiece? Piece(double available) =>
        TableBreaker.FitRelaxing(
            Rows, start, available - Head, TailHeight, !Started, emptyPage: available >= layout.PageTextHeight - 0.5);

    /// <summary>The piece drawn when nothing fits even with the rules relaxed: the next row or the notes, overflowing.</summary>
    private TablePiece Forced()
    {
        if (start.Row >= Rows.Count) return new TablePiece(start, TailHeight, true);
        var next = start.Row + 1;
        var height = Rows.Remaining(start.Row, start.Line);
        var end = new RowPosition(next, 0);
        return next == Rows.Count ? new TablePiece(end, height + TailHeight, true) : new TablePiece(end, height, false);
    }

    private static double Sum(IEnumerable<BlockLine> lines) => lines.Sum(l => l.Height);
}
