using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Tests.Descriptors;

/// <summary>
/// The descriptors print the headers of the reference publication (<see cref="ReferenceHeaders"/>), and every
/// descriptor is consistent: printed columns, data columns, identities and keys agree.
/// </summary>
public sealed class TableDescriptorTests
{
    private static IEnumerable<TableDescriptor> Tables() => PublicTables.All;

    [Test]
    public void The_registry_holds_the_nine_tables_in_order_with_their_form_labels()
    {
        Assert.That(PublicTables.All.Select(t => t.Key), Is.EqualTo(ReferenceHeaders.Of.Keys));
        Assert.That(PublicTables.All.Select(t => t.FormLabel).First(), Is.EqualTo("公开01表"));
        Assert.That(PublicTables.Find("09")!.Title, Is.EqualTo("财政拨款“三公”经费支出决算表"));
        Assert.That(PublicTables.Find("10"), Is.Null);
    }

    [TestCaseSource(nameof(Tables))]
    public void Header_rows_and_column_numbers_are_the_reference_publications(TableDescriptor table)
    {
        var (rows, numbers) = ReferenceHeaders.Of[table.Key];
        var printed = table.HeaderRows().Select(r => string.Join(" ", r.Select(Cell))).ToList();
        Assert.That(printed, Is.EqualTo(rows));
        Assert.That(string.Join(" ", table.ColumnNumbers.Select(n => n.Length == 0 ? "_" : n)), Is.EqualTo(numbers));
    }

    [TestCaseSource(nameof(Tables))]
    public void Every_printed_column_shows_a_data_column_of_the_table(TableDescriptor table)
    {
        Assert.That(table.PrintedColumns, Has.Count.EqualTo(table.Leaves.Count), "one data column per printed column");
        Assert.That(table.PrintedColumns.Except(table.Columns.Select(c => c.Name)), Is.Empty);
        Assert.That(table.Columns.Where(c => c.IsAmount).Select(c => c.Name).Except(table.PrintedColumns), Is.Empty,
            "every amount is printed");
        Assert.That(table.Columns.Select(c => c.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Tables))]
    public void Identities_name_existing_amount_columns_and_lines(TableDescriptor table)
    {
        var amounts = table.Amounts.Count;
        foreach (var i in table.Identities.Rows)
            Assert.That(i.Plus.Concat(i.Minus).Append(i.Target), Is.All.InRange(0, amounts - 1));
        if (table.Rows is not LineRows lines) return;
        var known = lines.Fixed.Select(l => l.Number).Concat(Lines.Range(lines.FirstClassLine, lines.LastClassLine)).ToHashSet();
        foreach (var i in table.Identities.Lines)
            Assert.That(i.Plus.Append(i.Target), Is.SubsetOf(known));
        Assert.That(lines.LastLine, Is.EqualTo(lines.Fixed.Max(l => l.Number)));
    }

    [Test]
    public void A_blocks_fixed_row_is_one_of_the_tables_rows()
    {
        foreach (var table in PublicTables.All)
            foreach (var block in table.Blocks.Where(b => b.Row.Length > 0))
                Assert.That(((ItemRows)table.Rows).Items, Does.Contain(block.Row), table.ToString());
    }

    private static string Cell(HeaderCell c) =>
        c.Text + (c.ColSpan > 1 ? "|c" + c.ColSpan : "") + (c.RowSpan > 1 ? "|r" + c.RowSpan : "");
}
