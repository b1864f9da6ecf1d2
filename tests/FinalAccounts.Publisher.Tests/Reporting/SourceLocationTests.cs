using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Reporting;

/// <summary>A place prints in its kind's form: file:line:column, file:sheet!cell, or a document's page, paragraph and table row.</summary>
public sealed class SourceLocationTests
{
    [TestCase(0, 0, "data/2024/a/tables/02.csv")]
    [TestCase(14, 0, "data/2024/a/tables/02.csv:14")]
    [TestCase(14, 5, "data/2024/a/tables/02.csv:14:5")]
    public void Text_place_prints_file_line_and_column_as_far_as_known(int line, int column, string printed) =>
        Assert.That(new SourceLocation("data/2024/a/tables/02.csv", line, column).ToString(), Is.EqualTo(printed));

    [TestCase(14, 4, "tables.xlsx:公开02表!D14")]
    [TestCase(14, 0, "tables.xlsx:公开02表!14:14")]
    [TestCase(0, 4, "tables.xlsx:公开02表!D:D")]
    [TestCase(0, 0, "tables.xlsx:公开02表")]
    public void Cell_prints_sheet_and_A1_reference(int row, int column, string printed) =>
        Assert.That(SourceLocation.Cell("tables.xlsx", "公开02表", row, column).ToString(), Is.EqualTo(printed));

    [Test]
    public void Sheet_name_with_spaces_or_punctuation_is_quoted_as_Excel_does() =>
        Assert.That(SourceLocation.Cell("t.xlsx", "Sheet 1's", 2, 1).ToString(), Is.EqualTo("t.xlsx:'Sheet 1''s'!A2"));

    [TestCase(1, "A")]
    [TestCase(26, "Z")]
    [TestCase(27, "AA")]
    [TestCase(702, "ZZ")]
    [TestCase(703, "AAA")]
    public void Column_numbers_become_spreadsheet_letters(int column, string letters) =>
        Assert.That(SourceLocation.ColumnLetters(column), Is.EqualTo(letters));

    [Test]
    public void Document_place_prints_page_paragraph_table_row_and_column_as_far_as_known()
    {
        Assert.That(SourceLocation.InDocument("r.pdf", 12, table: 3, row: 5, column: 2).ToString(), Is.EqualTo("r.pdf:p12:t3:r5:c2"));
        Assert.That(SourceLocation.InDocument("r.docx", 0, paragraph: 41).ToString(), Is.EqualTo("r.docx:¶41"));
    }

    [Test]
    public void A_place_inside_its_source_is_a_point_and_the_whole_source_is_not()
    {
        Assert.That(SourceLocation.Cell("t.xlsx", "公开02表", 3, 4).IsPoint, Is.True);
        Assert.That(SourceLocation.OfSheet("t.xlsx", "公开02表").IsPoint, Is.False);
        Assert.That(SourceLocation.InDocument("r.md", 0, paragraph: 7).IsPoint, Is.True);
        Assert.That(SourceLocation.OfFile("a.csv").IsPoint, Is.False);
        Assert.That(new SourceLocation("a.csv", 2, 1).IsPoint, Is.True);
    }

    [Test]
    public void The_source_of_a_cell_is_its_sheet_and_of_a_line_its_file()
    {
        Assert.That(SourceLocation.Cell("t.xlsx", "公开02表", 3, 4).Source, Is.EqualTo(SourceLocation.OfSheet("t.xlsx", "公开02表")));
        Assert.That(new SourceLocation("a.csv", 2, 1).Source, Is.EqualTo(SourceLocation.OfFile("a.csv")));
    }

    [Test]
    public void Places_sort_by_file_then_sheet_then_row_and_column()
    {
        var places = new[]
        {
            SourceLocation.Cell("t.xlsx", "公开03表", 2, 1), SourceLocation.Cell("t.xlsx", "公开02表", 10, 1),
            SourceLocation.Cell("t.xlsx", "公开02表", 9, 3), new SourceLocation("a.csv", 5, 1),
        };
        var sorted = places.Order(Comparer<SourceLocation>.Create(SourceLocation.Compare)).Select(p => p.ToString());
        Assert.That(sorted, Is.EqualTo(new[] { "a.csv:5:1", "t.xlsx:公开02表!C9", "t.xlsx:公开02表!A10", "t.xlsx:公开03表!A2" }));
    }
}
