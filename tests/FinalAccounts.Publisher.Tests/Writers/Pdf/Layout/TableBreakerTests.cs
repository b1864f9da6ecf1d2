using FinalAccounts.Publisher.Writers.Pdf;
using static FinalAccounts.Publisher.Writers.Pdf.TableBreaker;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf.Layout;

/// <summary>
/// Where a table's page ends, without fonts: rows written as a tiny spec — a number is a row of that many lines, "T" a
/// total row, "L" a row of labels — at 10pt a line and 1pt padding (a one-line row is 12pt).
/// </summary>
public sealed class TableBreakerTests
{
    [Test]
    public void A_table_one_row_longer_than_the_page_carries_two_rows_over()
    {
        var rows = Rows("1 1 1 1 1 1 1 1 1 1 1");
        var piece = Fit(rows, RowPosition.Start, space: 10 * 12, tail: 0, first: true, Relax.None)!.Value;
        Assert.That(piece.End, Is.EqualTo(new RowPosition(9, 0)), "ten rows fit, but the eleventh may not go alone");
        Assert.That(piece.Complete, Is.False);
    }

    [Test]
    public void Notes_go_with_the_last_two_rows()
    {
        var rows = Rows("1 1 1 1 1 1");
        Assert.That(Fit(rows, RowPosition.Start, 6 * 12, tail: 20, first: true, Relax.None)!.Value.End, Is.EqualTo(new RowPosition(4, 0)));
        Assert.That(Fit(rows, RowPosition.Start, 6 * 12 + 20, tail: 20, first: true, Relax.None)!.Value.Complete, Is.True);
    }

    [Test]
    public void A_total_row_stays_with_the_row_before()
    {
        var rows = Rows("1 1 1 1 1 1 1 T1 1 1");
        var piece = Fit(rows, RowPosition.Start, 7 * 12, tail: 0, first: true, Relax.None)!.Value;
        Assert.That(piece.End, Is.EqualTo(new RowPosition(6, 0)), "no break before the total at row 7: the break moves up one row");
    }

    [Test]
    public void A_label_row_stays_with_the_row_after()
    {
        var rows = Rows("1 1 1 L1 1 1 1 1");
        var piece = Fit(rows, RowPosition.Start, 4 * 12, tail: 0, first: true, Relax.None)!.Value;
        Assert.That(piece.End, Is.EqualTo(new RowPosition(3, 0)), "the label row at row 3 goes to the next page with its rows");
    }

    [Test]
    public void A_tall_row_splits_leaving_at_least_two_lines_on_each_side()
    {
        var rows = Rows("1 1 1 20 1 1");
        var piece = Fit(rows, RowPosition.Start, 3 * 12 + 12 * 10, tail: 0, first: true, Relax.None)!.Value;
        Assert.That(piece.End, Is.EqualTo(new RowPosition(3, 11)), "eleven lines of the tall row fill the page");
        var next = Fit(rows, piece.End, 1000, tail: 0, first: false, Relax.None)!.Value;
        Assert.That(next.Complete, Is.True, "the row continues on the next page with the rest");
        Assert.That(Fit(rows, RowPosition.Start, 3 * 12 + 10 + 2, tail: 0, first: true, Relax.None)!.Value.End, Is.EqualTo(new RowPosition(3, 0)),
            "one line would be an orphan: the row waits whole");
        Assert.That(Fit(Rows("1 1 1 20"), RowPosition.Start, 3 * 12 + 19 * 10 + 2, tail: 0, first: true, Relax.None)!.Value.End,
            Is.EqualTo(new RowPosition(3, 18)), "and never leaves one line for the next page");
    }

    [Test]
    public void A_row_of_three_lines_does_not_split()
    {
        var rows = Rows("1 1 1 3 1 1");
        var piece = Fit(rows, RowPosition.Start, 3 * 12 + 2 * 10 + 2, tail: 0, first: true, Relax.None)!.Value;
        Assert.That(piece.End, Is.EqualTo(new RowPosition(3, 0)));
    }

    [Test]
    public void A_table_does_not_start_at_a_page_bottom_with_fewer_than_three_rows()
    {
        var rows = Rows("1 1 1 1 1 1");
        Assert.That(Fit(rows, RowPosition.Start, 2 * 12, tail: 0, first: true, Relax.None), Is.Null, "wait for the next page");
        Assert.That(Fit(Rows("1 1 1 1 1"), new RowPosition(3, 0), 1 * 12, tail: 0, first: false, Relax.None), Is.Null, "one row here, one there");
        var tall = Fit(Rows("8 1 1"), RowPosition.Start, 4 * 10 + 2, tail: 0, first: true, Relax.None)!.Value;
        Assert.That(tall.End, Is.EqualTo(new RowPosition(0, 4)),
            "four lines of a tall first row are as much as three rows");
    }

    [Test]
    public void Rules_give_way_only_on_an_empty_page_that_cannot_meet_them()
    {
        // Two rows of 30 lines on a page of 20 lines: every piece leaves fewer than the fewest rows.
        var rows = Rows("1 L1 30");
        Assert.That(FitRelaxing(rows, RowPosition.Start, 12, tail: 0, first: true, emptyPage: false), Is.Null);
        var piece = FitRelaxing(rows, RowPosition.Start, 12, tail: 0, first: true, emptyPage: true);
        Assert.That(piece?.End, Is.EqualTo(new RowPosition(1, 0)), "relaxed: one row, the page holds no more");
    }

    [Test]
    public void Least_is_what_must_fit_below_a_kept_heading()
    {
        Assert.That(Least(Rows("1 1 1 1 1 1"), RowPosition.Start, tail: 5, first: true).Height, Is.EqualTo(3 * 12));
        Assert.That(Least(Rows("1 1"), RowPosition.Start, tail: 5, first: true).Height, Is.EqualTo(2 * 12 + 5),
            "a short table goes whole with its notes");
    }

    /// <summary>"1 1 T1 L1 20": rows of so many lines; T a total row (no break before), L a label row (no break after).</summary>
    private static TableRows Rows(string spec)
    {
        var items = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = items.Select(s => int.Parse(s.TrimStart('T', 'L'), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var breaks = items.Select((s, i) => i > 0 && !s.StartsWith('T') && !items[i - 1].StartsWith('L')).ToArray();
        return new TableRows(lines.Select(n => n * 10.0 + 2).ToArray(), lines, breaks, items.Select(_ => -1).ToArray(), 10, 1);
    }
}
