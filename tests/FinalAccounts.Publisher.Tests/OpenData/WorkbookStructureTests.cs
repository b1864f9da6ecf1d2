using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Descriptors;

namespace FinalAccounts.Publisher.Tests.OpenData;

/// <summary>
/// The tables' workbook in the official layout: a sheet per table named by its form label, the title and the lines
/// above, the reference publication's merged headers and 栏次, #,##0.00 amounts, frozen header rows, print setup; valid
/// OpenXML and the same bytes every time.
/// </summary>
public sealed class WorkbookStructureTests
{
    private const int FirstHeaderRow = 4;
    private static readonly Lazy<byte[]> Default = new(() => SampleWorkbook.Bytes());

    private static IEnumerable<TableDescriptor> Tables() => PublicTables.All;

    [Test]
    public void Each_table_has_its_sheet_named_by_its_form_label_in_order()
    {
        using var book = new WorkbookView(Default.Value);
        Assert.That(book.SheetNames, Is.EqualTo(Enumerable.Range(1, 9).Select(n => $"公开{n:00}表")));
    }

    [TestCaseSource(nameof(Tables))]
    public void Title_form_label_and_the_department_year_and_unit_line_open_the_sheet(TableDescriptor table)
    {
        using var book = new WorkbookView(Default.Value);
        var (name, last) = (table.FormLabel, SourceLocation.ColumnLetters(table.Leaves.Count));
        Assert.That(book.Text(name, "A1"), Is.EqualTo(table.Title));
        Assert.That(book.Merges(name), Does.Contain($"A1:{last}1"));
        Assert.That(book.Text(name, last + "2"), Is.EqualTo(name));
        var meta = book.Rows(name).Single(r => r.Row == 3).Cells.Values;
        Assert.That(meta, Is.EqualTo(new[] { "部门：武汉市洪山区经济信息化和科技创新局", "2024年度", "单位：万元" }));
    }

    [TestCaseSource(nameof(Tables))]
    public void Header_cells_merges_and_column_numbers_are_the_reference_publications(TableDescriptor table)
    {
        using var book = new WorkbookView(Default.Value);
        var name = table.FormLabel;
        var merges = book.Merges(name);
        var cells = ReferenceHeaders.Cells(table.Key).ToList();
        foreach (var (row, column, text, colSpan, rowSpan) in cells)
        {
            var at = FirstHeaderRow + row - 1;
            Assert.That(book.Text(name, SourceLocation.CellName(at, column)), Is.EqualTo(text), $"{name} header row {row} column {column}");
            if (colSpan > 1 || rowSpan > 1)
                Assert.That(merges, Does.Contain($"{SourceLocation.CellName(at, column)}:{SourceLocation.CellName(at + rowSpan - 1, column + colSpan - 1)}"));
        }

        var headerRows = ReferenceHeaders.Of[table.Key].Rows.Length;
        var numbers = ReferenceHeaders.Of[table.Key].Numbers;
        if (numbers.Length == 0) return;
        var numberRow = FirstHeaderRow + headerRows;
        var printed = Enumerable.Range(1, table.Leaves.Count).Select(c => book.Text(name, SourceLocation.CellName(numberRow, c)));
        Assert.That(string.Join(" ", printed.Select(t => t.Length == 0 ? "_" : t)), Is.EqualTo(numbers));
    }

    [TestCaseSource(nameof(Tables))]
    public void Header_rows_are_frozen_and_repeated_on_every_printed_page(TableDescriptor table)
    {
        using var book = new WorkbookView(Default.Value);
        var name = table.FormLabel;
        var headerLast = FirstHeaderRow + ReferenceHeaders.Of[table.Key].Rows.Length - (table.HasColumnNumbers ? 0 : 1);
        var pane = book.Sheet(name).Descendants<Pane>().Single();
        Assert.That((pane.VerticalSplit?.Value, pane.TopLeftCell?.Value, pane.State?.Value),
            Is.EqualTo(((double?)headerLast, $"A{headerLast + 1}", PaneStateValues.Frozen)));
        var index = book.SheetNames.ToList().IndexOf(name);
        var titles = book.Part.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.LocalSheetId?.Value == index);
        Assert.That((titles.Name?.Value, titles.Text), Is.EqualTo(("_xlnm.Print_Titles", $"'{name}'!${FirstHeaderRow}:${headerLast}")));
    }

    [TestCase("01", false)]
    [TestCase("02", true)]
    [TestCase("05", false)]
    [TestCase("06", true)]
    [TestCase("09", true)]
    public void Sheets_print_on_A4_fitted_to_width_and_wide_tables_landscape(string key, bool landscape)
    {
        using var book = new WorkbookView(Default.Value);
        var sheet = book.Sheet($"公开{key}表");
        var setup = sheet.Descendants<PageSetup>().Single();
        Assert.That((setup.PaperSize?.Value, setup.FitToWidth?.Value, setup.FitToHeight?.Value), Is.EqualTo(((uint?)9, (uint?)1, (uint?)0)));
        Assert.That(setup.Orientation?.Value, Is.EqualTo(landscape ? OrientationValues.Landscape : OrientationValues.Portrait));
        Assert.That(sheet.Descendants<PageSetupProperties>().Single().FitToPage?.Value, Is.True);
    }

    [Test]
    public void Amounts_are_numbers_in_the_table_format_and_zero_cells_are_blank_in_the_default_style()
    {
        using var book = new WorkbookView(Default.Value);
        Assert.That(book.Number("公开01表", "C7"), Is.EqualTo(26864.63m), "line 1: 一般公共预算财政拨款收入");
        Assert.That(book.FormatCode("公开01表", "C7"), Is.EqualTo("#,##0.00"));
        Assert.That(book.Cell("公开01表", "C8")!.CellValue, Is.Null, "line 2 is zero: an empty cell");
        Assert.That(book.FormatCode("公开01表", "C8"), Is.EqualTo("#,##0.00"), "an empty amount cell keeps the format");
    }

    [Test]
    public void Zero_cells_hold_zero_when_the_style_prints_0_00()
    {
        using var book = new WorkbookView(SampleWorkbook.Bytes("province-2dp"));
        Assert.That(book.Number("公开01表", "C8"), Is.EqualTo(0m));
        Assert.That(book.FormatCode("公开01表", "C8"), Is.EqualTo("#,##0.00"));
    }

    [Test]
    public void Columns_are_wide_enough_for_their_longest_name_and_amount()
    {
        using var book = new WorkbookView(Default.Value);
        var widths = book.Sheet("公开01表").Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.That(widths[0], Is.GreaterThanOrEqualTo(2 * "三、国有资本经营预算财政拨款收入".Length), "Chinese characters are two units wide");
        Assert.That(widths[2], Is.GreaterThanOrEqualTo("26,864.63".Length));
        Assert.That(widths[1], Is.LessThan(widths[2]), "the line number column stays narrow");
    }

    [Test]
    public void The_workbook_is_valid_OpenXml()
    {
        using var book = new WorkbookView(Default.Value);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(book.Document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void The_same_figures_give_the_same_bytes_dated_from_the_data()
    {
        var again = SampleWorkbook.Bytes();
        Assert.That(again, Is.EqualTo(Default.Value));
        using var zip = new ZipArchive(new MemoryStream(again));
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.Date).Distinct(), Is.EqualTo(new[] { new DateTime(2025, 2, 10) }),
            "every entry is stamped with the publish date");
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        Assert.That(core.ReadToEnd(), Does.Contain("2025-02-10T00:00:00Z"));
        Assert.That(zip.Entries.First().FullName, Is.EqualTo("[Content_Types].xml"));
    }
}
