using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input.Workbooks;

/// <summary>
/// Bad workbooks: each problem is one located diagnostic (the sheet and cell, or the file for a problem of the whole
/// file), in Chinese and English with its hint; nothing throws, and checks on workbook data point at workbook cells.
/// </summary>
public sealed class WorkbookBadInputTests
{
    private static string Bad(string file) => Path.Combine(XlsFixtures.Folder, "..", "bad", file);

    /// <summary>The sample with its tables as a default-shaped workbook edited by <paramref name="edit"/>, CSV files removed.</summary>
    private static SampleCopy WithWorkbook(Action<List<FixtureSheet>> edit, string name = "tables.xlsx")
    {
        var copy = SampleData.Copy();
        var sheets = WorkbookFixture.Sheets(new WorkbookShape(), copy.Folder);
        edit(sheets);
        copy.WriteBytes(name, XlsxFixtureWriter.Write(sheets));
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        return copy;
    }

    private static SampleCopy WithBytes(byte[] bytes, string name)
    {
        var copy = SampleData.Copy();
        copy.WriteBytes(name, bytes);
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        return copy;
    }

    private static FixtureSheet Sheet(List<FixtureSheet> sheets, string name) => sheets.Single(s => s.Name == name);

    /// <summary>The row whose first cell holds <paramref name="text"/>.</summary>
    private static int RowOf(FixtureSheet sheet, string text) => sheet.Cells.First(c => c.Key.Column == 1 && c.Value.Text == text).Key.Row;

    [Test]
    public void Text_in_an_amount_cell_is_reported_at_its_cell()
    {
        var row = 0;
        using var copy = WithWorkbook(s => { var t = Sheet(s, "公开02表"); row = RowOf(t, "201"); t[row, 3] = FixtureCell.Of("三百一十一"); });
        copy.Load().Expect("FA1007", $"tables.xlsx:公开02表!C{row}");
    }

    [Test]
    public void Accounting_checks_on_workbook_data_point_at_workbook_cells()
    {
        var row = 0;
        using var copy = WithWorkbook(s => { var t = Sheet(s, "公开02表"); row = RowOf(t, "2010350"); t[row, 3] = FixtureCell.Of(190.02m); });
        var run = copy.Check();
        Assert.That(run.Errors.Select(run.At), Does.Contain($"tables.xlsx:公开02表!C{row}"), run.Listing());
        Assert.That(run.Errors.Select(run.At), Has.None.Contains(".csv"), run.Listing());
    }

    [Test]
    public void Unknown_unit_is_reported_at_the_unit_line()
    {
        using var copy = WithWorkbook(s => Sheet(s, "公开03表")[3, 8] = FixtureCell.Of("金额单位：千元"));
        copy.Load().Expect("FA1046", "tables.xlsx:公开03表!H3");
    }

    [Test]
    public void Merged_cells_inside_the_data_are_reported_at_the_first_cell()
    {
        var row = 0;
        using var copy = WithWorkbook(s => { var t = Sheet(s, "公开02表"); row = RowOf(t, "201"); t.Merge(row, 3, row, 4); });
        copy.Load().Expect("FA1049", $"tables.xlsx:公开02表!C{row}");
    }

    [Test]
    public void A_missing_table_is_reported_at_the_workbook()
    {
        using var copy = WithWorkbook(s => s.RemoveAll(t => t.Name == "公开07表"));
        var d = copy.Load().Expect("FA1043", "tables.xlsx");
        Assert.That(d.Message.Zh, Does.Contain("公开07表"));
    }

    [Test]
    public void One_table_on_two_sheets_is_reported_at_the_second_naming_both()
    {
        using var copy = WithWorkbook(s =>
        {
            var again = WorkbookFixture.Sheets(new WorkbookShape(), SampleData.DepartmentFolder).Single(t => t.Name == "公开05表");
            again.Name = "一般公共预算财政拨款支出决算表";
            s.Add(again);
        });
        var d = copy.Load().Expect("FA1044", "tables.xlsx:一般公共预算财政拨款支出决算表");
        Assert.That(d.Message.Zh, Does.Contain("公开05表").And.Contain("“公开05表”"));
    }

    [Test]
    public void Other_sheets_are_ignored_with_an_info_line()
    {
        using var copy = WithWorkbook(s => s.Insert(0, new FixtureSheet("草稿") { [1, 1] = FixtureCell.Of("备忘") }));
        var run = copy.Load();
        run.Expect("FA1045", "tables.xlsx:草稿");
        Assert.That(run.Errors, Is.Empty, run.Listing());
    }

    [TestCase("#REF!")]
    [TestCase("#DIV/0!")]
    public void An_error_value_is_reported_at_its_cell(string error)
    {
        var row = 0;
        using var copy = WithWorkbook(s => { var t = Sheet(s, "公开02表"); row = RowOf(t, "20103"); t[row, 3] = new FixtureCell(Formula: "A1/0", Error: error); });
        var d = copy.Load().Expect("FA1048", $"tables.xlsx:公开02表!C{row}");
        Assert.That(d.Message.Zh, Does.Contain(error));
    }

    [Test]
    public void A_formula_without_a_cached_value_is_reported_at_its_cell()
    {
        var row = 0;
        using var copy = WithWorkbook(s => { var t = Sheet(s, "公开02表"); row = RowOf(t, "20103"); t[row, 3] = new FixtureCell(Formula: "SUM(C9:C10)"); });
        copy.Load().Expect("FA1048", $"tables.xlsx:公开02表!C{row}");
    }

    [Test]
    public void A_header_that_is_not_the_forms_is_reported_where_the_column_should_be()
    {
        using var copy = WithWorkbook(s => Sheet(s, "公开02表")[5, 2] = FixtureCell.Of("名目"));
        var d = copy.Load().Expect("FA1047", "tables.xlsx:公开02表!B4");
        Assert.That(d.Message.Zh, Does.Contain("科目名称"));
    }

    [Test]
    public void A_sheet_with_values_beyond_the_rows_read_is_refused_at_that_cell()
    {
        using var copy = WithWorkbook(s => Sheet(s, "公开02表")[6000, 1] = FixtureCell.Of("x"));
        copy.Load().Expect("FA1026", "tables.xlsx:公开02表!A6000");
    }

    [Test]
    public void A_sheet_with_values_beyond_the_columns_read_is_refused_at_that_cell()
    {
        using var copy = WithWorkbook(s => Sheet(s, "公开02表")[8, 70] = FixtureCell.Of(1m));
        copy.Load().Expect("FA1026", "tables.xlsx:公开02表!BR8");
    }

    [Test]
    public void A_password_protected_workbook_is_reported_at_the_file()
    {
        using var copy = WithBytes(File.ReadAllBytes(Bad("password-protected.xlsx")), "tables.xlsx");
        copy.Load().Expect("FA1041", "tables.xlsx");
    }

    [Test]
    public void A_damaged_workbook_is_reported_at_the_file()
    {
        var bytes = WorkbookFixture.Xlsx(new WorkbookShape(), SampleData.DepartmentFolder);
        using var copy = WithBytes(bytes[..(bytes.Length / 2)], "tables.xlsx");
        copy.Load().Expect("FA1040", "tables.xlsx");
    }

    [Test]
    public void A_damaged_xls_is_reported_at_the_file()
    {
        var bytes = File.ReadAllBytes(Path.Combine(XlsFixtures.Folder, XlsFixtures.All[0].File));
        using var copy = WithBytes(bytes[..4096], "tables.xls");
        copy.Load().Expect("FA1040", "tables.xls");
    }

    [Test]
    public void An_empty_file_is_reported_at_the_file()
    {
        using var copy = WithBytes([], "tables.xlsx");
        copy.Load().Expect("FA1040", "tables.xlsx");
    }

    [Test]
    public void An_xlsx_that_is_really_an_xls_says_to_rename_it()
    {
        using var copy = WithBytes(File.ReadAllBytes(Path.Combine(XlsFixtures.Folder, XlsFixtures.All[0].File)), "tables.xlsx");
        var d = copy.Load().Expect("FA1042", "tables.xlsx");
        Assert.That(d.Message.Zh, Does.Contain("tables.xls"));
    }

    [Test]
    public void An_xls_that_is_really_an_xlsx_says_to_rename_it()
    {
        using var copy = WithBytes(WorkbookFixture.Xlsx(new WorkbookShape(), SampleData.DepartmentFolder), "tables.xls");
        var d = copy.Load().Expect("FA1042", "tables.xls");
        Assert.That(d.Message.Zh, Does.Contain("tables.xlsx"));
    }

    [Test]
    public void A_web_page_saved_as_xls_is_not_a_workbook()
    {
        using var copy = WithBytes("<html><body><table><tr><td>公开01表</td></tr></table></body></html>"u8.ToArray(), "tables.xls");
        var d = copy.Load().Expect("FA1042", "tables.xls");
        Assert.That(d.Message.Zh, Does.Contain("网页或文本"));
    }

    [Test]
    public void A_workbook_beside_csv_files_is_an_error_naming_both()
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes("tables.xlsx", WorkbookFixture.Xlsx(new WorkbookShape(), copy.Folder));
        var d = copy.Load().Expect("FA1050", "tables.xlsx");
        Assert.That(d.Message.Zh, Does.Contain("tables.xlsx").And.Contain("tables/"));
    }

    [Test]
    public void A_workbook_linked_from_outside_the_data_is_not_read()
    {
        using var copy = SampleData.Copy();
        var outside = Path.Combine(copy.Root, "outside.xlsx");
        File.WriteAllBytes(outside, WorkbookFixture.Xlsx(new WorkbookShape(), copy.Folder));
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        File.CreateSymbolicLink(copy.PathOf("tables.xlsx"), outside);
        var run = copy.Load();
        Assert.That(run.Errors.Select(run.Spot), Does.Contain("FA1028 tables.xlsx:1:1"), run.Listing());
        Assert.That(run.Errors.Select(d => d.Code.Id), Has.None.EqualTo("FA1040"));
    }

    [Test]
    public void Every_workbook_problem_is_in_both_languages_with_a_hint()
    {
        using var copy = WithWorkbook(s =>
        {
            Sheet(s, "公开03表")[3, 8] = FixtureCell.Of("金额单位：千元");
            s.RemoveAll(t => t.Name == "公开07表");
        });
        var run = copy.Load();
        Assert.That(run.Errors.Count(), Is.GreaterThanOrEqualTo(2));
        foreach (var d in run.Diagnostics)
        {
            Assert.That(d.Message.Zh, Does.Match("[\u4e00-\u9fff]"), run.Describe(d));
            Assert.That(d.Code.Hint.Zh, Is.Not.Empty);
            Assert.That(d.Code.Hint.En, Is.Not.Empty);
            Assert.That(DiagnosticFormatter.Headline(d, Language.Zh), Does.Contain("tables.xlsx"));
        }
    }
}
