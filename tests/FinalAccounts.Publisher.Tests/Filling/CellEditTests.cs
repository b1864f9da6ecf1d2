using FinalAccounts.Publisher.Filling;

namespace FinalAccounts.Publisher.Tests.Filling;

/// <summary>The in-place editors fill writes with: one CSV field, one YAML scalar, every other byte kept.</summary>
public sealed class CellEditTests
{
    [TestCase("a,b,c\n1,2,3\n", 2, 2, "x", "a,b,c\n1,x,3\n")]
    [TestCase("a,b\r\n1,2\r\n", 2, 2, "9.5", "a,b\r\n1,9.5\r\n")]
    [TestCase("\uFEFFa,b\n1,2\n", 2, 1, "7", "\uFEFFa,b\n7,2\n")]
    [TestCase("a,b,c\n\"x,\"\"y\nz\",2,3\n4,5,6\n", 4, 3, "60", "a,b,c\n\"x,\"\"y\nz\",2,3\n4,5,60\n")]
    [TestCase("a,b,c\n1,,\n", 2, 3, "0.5", "a,b,c\n1,,0.5\n")]
    [TestCase("a,b\n1,2\n", 2, 3, "x", "a,b\n1,2\n")]
    public void A_csv_field_is_replaced_by_its_records_line_and_field_number(string text, int line, int column, string value, string expected) =>
        Assert.That(CsvCells.Replace(text, line, column, value), Is.EqualTo(expected));

    [Test]
    public void A_csv_value_with_a_comma_is_quoted() =>
        Assert.That(CsvCells.Replace("a,b\n1,2\n", 2, 2, "x,y"), Is.EqualTo("a,b\n1,\"x,y\"\n"));

    [TestCase("k: 1\nrate: 96.10 # 百分数\n", 2, 7, "90.44", "k: 1\nrate: 90.44 # 百分数\n", "96.10")]
    [TestCase("form:\n  score: \"19.22\"\n", 2, 10, "18.09", "form:\n  score: 18.09\n", "\"19.22\"")]
    [TestCase("total: 97.54   \n", 1, 8, "98", "total: 98   \n", "97.54")]
    public void A_yaml_scalar_is_replaced_where_the_reader_placed_it_keeping_comments(string text, int line, int column, string value, string expected,
        string old)
        => Assert.That(YamlScalars.Replace(text, line, column, value), Is.EqualTo((expected, old)));
}
