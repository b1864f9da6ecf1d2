using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// 合计, 类 and 款 rows (and 公开06表's classes and group totals, 公开01/04表's total lines) may be left out: the reader
/// computes them, the checks do not report them, and the computed figures are the published ones.
/// </summary>
public sealed class ComputedSubtotalTests
{
    private static readonly string[] Classified = ["tables/02.csv", "tables/03.csv", "tables/05.csv"];

    [Test]
    public void Omitted_class_and_section_rows_are_computed_as_published_and_not_reported()
    {
        var published = Published();
        using var copy = SampleData.Copy();
        foreach (var table in Classified)
            copy.EditCsv(table, csv => csv.Rows.RemoveAll(r => r != csv.Header && r[0].Length is 3 or 5));
        copy.DeleteRows("tables/02.csv", "合计");
        var run = copy.Check();

        run.ExpectNothingNew();
        var m = run.Model;
        foreach (var (given, computed) in new[] { (published.T02, m.T02), (published.T03, m.T03), (published.T05, m.T05) })
        {
            var subtotals = given.Rows.Where(r => r.Code!.Value.Level != SubjectLevel.Item).ToList();
            Assert.That(subtotals, Is.Not.Empty);
            foreach (var row in subtotals)
            {
                var other = computed.Find(row.Code!.Value);
                Assert.That(other, Is.Not.Null, $"{computed.Table.FormLabel} {row.Code} is computed");
                Assert.That(other!.IsGiven, Is.False, $"{computed.Table.FormLabel} {row.Code} is marked as computed");
                Assert.That(other.Name, Is.EqualTo(row.Name), $"{computed.Table.FormLabel} {row.Code} takes its name from the reference list");
                Assert.That(Values(other), Is.EqualTo(Values(row)), $"{computed.Table.FormLabel} {row.Code}");
            }
        }

        Assert.That(m.T02.Total.IsGiven, Is.False);
        Assert.That(Values(m.T02.Total), Is.EqualTo(Values(published.T02.Total)));
    }

    [Test]
    public void Omitted_total_row_is_the_sum_of_the_classes_without_the_published_tail()
    {
        using var copy = SampleData.Copy();
        copy.DeleteRows("tables/03.csv", "合计");
        var total = copy.Check().Model.T03.Total;

        Assert.That(total.IsGiven, Is.False);
        Assert.That(Values(total), Is.EqualTo(new[] { 26864.63m, 1660.85m, 25203.78m, 0m, 0m, 0m }));
    }

    [Test]
    public void Omitted_economic_classes_and_group_totals_are_computed_as_published_and_not_reported()
    {
        using var copy = SampleData.Copy();
        copy.DeleteRows("tables/06.csv", "301", "303", "302", "310", "人员经费合计", "公用经费合计");
        var run = copy.Check();

        run.ExpectNothingNew();
        var t06 = run.Model.T06;
        foreach (var (code, name, value) in new[] { ("301", "工资福利支出", 1300.34m), ("303", "对个人和家庭的补助", 190.48m), ("302", "商品和服务支出", 169.86m), ("310", "资本性支出", 0.18m) })
        {
            var row = t06.Find(code);
            Assert.That(row, Is.Not.Null, code);
            Assert.That((row!.Name, row.Value.Value, row.IsGiven), Is.EqualTo((name, value, false)), code);
        }

        Assert.That((t06.PersonnelTotal.Value, t06.PersonnelTotal.IsGiven), Is.EqualTo((1490.82m, false)));
        Assert.That((t06.PublicTotal.Value, t06.PublicTotal.IsGiven), Is.EqualTo((170.04m, false)));
    }

    [Test]
    public void Omitted_total_lines_of_tables_01_and_04_are_computed_as_published_and_not_reported()
    {
        var published = Published();
        using var copy = SampleData.Copy();
        copy.DeleteRows("tables/01.csv", "27", "30", "57", "60");
        copy.DeleteRows("tables/04.csv", "27", "28", "32", "59", "60", "64");
        var run = copy.Check();

        run.ExpectNothingNew();
        foreach (var (table, given, lines) in new[] { ("01", published.T01, new[] { 27, 30, 57, 60 }), ("04", published.T04, new[] { 27, 28, 32, 59, 60, 64 }) })
        foreach (var n in lines)
        {
            var computed = (table == "01" ? run.Model.T01 : run.Model.T04).Line(n);
            Assert.That(computed.IsGiven, Is.False, $"公开{table}表 line {n}");
            Assert.That(computed.Values.Select(v => v.Value), Is.EqualTo(given.Line(n).Values.Select(v => v.Value)), $"公开{table}表 line {n}");
        }
    }

    private static DepartmentYear Published()
    {
        using var copy = SampleData.Copy();
        return copy.Check().Model;
    }

    private static decimal[] Values(ClassifiedRow row) => row.Values.Select(v => v.Value).ToArray();
}
