using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.OpenData;

/// <summary>
/// Every figure of the sample's data files is in the workbook, in the cell the official layout puts it (found by its
/// code, line or row here, independently of the writer), as a number; and no other amount is there.
/// </summary>
public sealed class WorkbookFigureTests
{
    private static readonly Lazy<WorkbookView> Book = new(() => new WorkbookView(SampleWorkbook.Bytes()));

    [TestCase("02")]
    [TestCase("03")]
    [TestCase("05")]
    public void Classified_rows_carry_the_data_files_amounts_under_their_code(string key)
    {
        var sheet = $"公开{key}表";
        var rows = Book.Value.Rows(sheet).ToList();
        foreach (var record in Data(key).Rows.Skip(1))
        {
            var row = record[0].Length == 0
                ? rows.Single(r => r.Cells.GetValueOrDefault("A") == "合计")
                : rows.Single(r => r.Cells.GetValueOrDefault("A") == record[0]);
            Assert.That(row.Cells.GetValueOrDefault("B", "合计"), Is.EqualTo(record[1]));
            for (var c = 2; c < record.Count; c++)
                Assert.That(Amount(sheet, row.Row, c + 1), Is.EqualTo(Money(record[c])), $"{sheet} {record[0]} {Data(key).Header[c]}");
        }
    }

    [TestCase("01", 30, 1)]
    [TestCase("04", 32, 4)]
    public void Lines_carry_the_data_files_amounts_beside_their_line_number(string key, int incomeLines, int amounts)
    {
        var sheet = $"公开{key}表";
        var rows = Book.Value.Rows(sheet).ToList();
        foreach (var record in Data(key).Rows.Skip(1))
        {
            var line = int.Parse(record[0], CultureInfo.InvariantCulture);
            var income = line <= incomeLines;
            var row = rows.Single(r => r.Cells.GetValueOrDefault(income ? "B" : "E") == record[0]);
            Assert.That(row.Cells[income ? "A" : "D"], Does.EndWith(record[1]), $"{sheet} line {line}");
            for (var c = 0; c < (income ? 1 : amounts); c++)
                Assert.That(Amount(sheet, row.Row, (income ? 3 : 6) + c), Is.EqualTo(Money(record[2 + c])), $"{sheet} line {line}");
        }
    }

    [Test]
    public void Economic_rows_carry_their_amount_in_whichever_of_the_three_groups_they_are()
    {
        var rows = Book.Value.Rows("公开06表").ToList();
        foreach (var record in Data("06").Rows.Skip(1).Where(r => r[0].Length > 0))
        {
            var (row, column) = rows.SelectMany(r => new[] { "A", "D", "G" }.Where(c => r.Cells.GetValueOrDefault(c) == record[0]).Select(c => (r.Row, c)))
                .Single();
            var amountColumn = column[0] - 'A' + 3;
            Assert.That(Amount("公开06表", row, amountColumn), Is.EqualTo(Money(record[2])), record[0]);
        }

        var totals = rows.Single(r => r.Cells.GetValueOrDefault("A") == "人员经费合计");
        Assert.That((Amount("公开06表", totals.Row, 3), Amount("公开06表", totals.Row, 9)), Is.EqualTo((1490.82m, 170.04m)));
    }

    [Test]
    public void The_three_public_row_holds_budget_then_actual()
    {
        var data = Data("09").Rows;
        var expected = data[1].Skip(1).Concat(data[2].Skip(1)).Select(Money);
        var row = Book.Value.Rows("公开09表").Last(r => r.Cells.Count > 0 && !r.Cells.Values.First().StartsWith("注", StringComparison.Ordinal)).Row;
        Assert.That(Enumerable.Range(1, 12).Select(c => Amount("公开09表", row, c)), Is.EqualTo(expected));
    }

    [Test]
    public void The_empty_tables_07_and_08_print_their_total_row_without_figures()
    {
        foreach (var sheet in new[] { "公开07表", "公开08表" })
        {
            var total = Book.Value.Rows(sheet).Single(r => r.Cells.GetValueOrDefault("A") == "合计");
            Assert.That(total.Cells.Keys, Is.EqualTo(new[] { "A" }), sheet);
        }
    }

    private decimal? Amount(string sheet, int row, int column) => Book.Value.Number(sheet, SourceLocation.CellName(row, column));

    private static decimal? Money(string text) => text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static CsvText Data(string key) =>
        CsvText.Parse(File.ReadAllText(Path.Combine(SampleData.DepartmentFolder, "tables", key + ".csv")));
}
