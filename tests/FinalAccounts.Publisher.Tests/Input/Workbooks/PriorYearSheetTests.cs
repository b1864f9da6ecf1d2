using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Facts;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input.Workbooks;

/// <summary>
/// Issue 14.2: the prior-year figures in the tables' workbook, on a sheet 上年数 (键 | 项目 | 上年数 | 调整原因, the keys of
/// prior-year.yaml, nested ones joined by dots), read by the same rules as prior-year.yaml and located at its cells;
/// prior-year.yaml beside a filled sheet is FA1081; the blank sheet finacc new writes is no source.
/// </summary>
public sealed class PriorYearSheetTests
{
    /// <summary>The sample's prior-year.yaml as a 上年数 sheet: its rows start at row 4.</summary>
    private static readonly (string Key, string Value)[] SampleRows =
    [
        ("year", "2023"), ("income_expenditure_total", "35549.61"), ("income_total", "35549.61"), ("expenditure_total", "35549.61"),
        ("fiscal_total", "35549.61"), ("gpb_income", "35549.61"), ("gpb_expenditure", "35549.61"), ("three_public.total", "4.97"),
        ("three_public.overseas", "0"), ("three_public.vehicle_purchase", "0"), ("three_public.vehicle_operation", "4.97"),
        ("three_public.reception", "0"),
    ];

    private const int FirstRow = 4;

    private static FixtureSheet Sheet(IEnumerable<(string Key, string Value)> rows, string unit = "万元")
    {
        var sheet = new FixtureSheet(PriorYearSheet.Name);
        sheet[1, 1] = FixtureCell.Of("上年数");
        sheet[2, 4] = FixtureCell.Of("金额单位：" + unit);
        string[] header = ["键", "项目", "上年数", "调整原因"];
        for (var c = 0; c < header.Length; c++) sheet[3, c + 1] = FixtureCell.Of(header[c]);
        var r = FirstRow;
        foreach (var (key, value) in rows)
        {
            sheet[r, 1] = FixtureCell.Of(key);
            if (value.Length > 0) sheet[r, 3] = decimal.TryParse(value, out var n) ? FixtureCell.Of(n) : FixtureCell.Of(value);
            r++;
        }

        return sheet;
    }

    /// <summary>The sample with its tables in a workbook with <paramref name="prior"/> as its 上年数 sheet; CSVs and, unless kept, prior-year.yaml removed.</summary>
    private static SampleCopy WithSheet(FixtureSheet prior, bool keepYaml = false)
    {
        var copy = SampleData.Copy();
        var sheets = WorkbookFixture.Sheets(new WorkbookShape(), copy.Folder);
        sheets.Add(prior);
        copy.WriteBytes("tables.xlsx", XlsxFixtureWriter.Write(sheets));
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        if (!keepYaml) copy.Delete(PriorYearReader.File);
        return copy;
    }

    private static LoadResult Check(SampleCopy copy) => DataCheck.Department(new DepartmentLoader(), copy.Folder);

    private static string Lines(LoadResult load) =>
        string.Join("\n", load.Diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.Location + " " + d.Message.Zh));

    [Test]
    public void The_sheet_gives_the_prior_figures_as_prior_year_yaml_does_each_at_its_cell()
    {
        using var copy = WithSheet(Sheet(SampleRows));
        var load = Check(copy);
        Assert.That(load.Diagnostics.HasErrors, Is.False, Lines(load));
        var income = load.Model!.PriorYear.Prior.Find(PriorFigure.IncomeTotal)!.Value;
        Assert.That(income.Value, Is.EqualTo(35549.61m));
        Assert.That(income.Location.ToString(), Does.EndWith("tables.xlsx:上年数!C6"));
        Assert.That(load.Model.SourceOf(InputPart.PriorYear).Sheet, Is.EqualTo(PriorYearSheet.Name));
        Assert.That(load.Diagnostics.Items.Where(d => d.Code.Id == InputCodes.SheetIgnored.Id), Is.Empty, "the sheet is not taken for a table");
    }

    [Test]
    public void Facts_and_data_json_give_the_sheet_s_figures_as_they_give_prior_year_yaml_s()
    {
        using var copy = WithSheet(Sheet(SampleRows.Append(("t01.29", "20")).Append(("gpb_classes.206", "20000"))));
        var fromSheet = TemplateProbe.OpenDataValues(Check(copy).Model!);
        using var yaml = SampleData.Copy();
        yaml.AppendLine(PriorYearReader.File, "t01:\n  \"29\": 20\ngpb_classes:\n  \"206\": 20000");
        var fromYaml = TemplateProbe.OpenDataValues(Check(yaml).Model!);
        Assert.That(fromSheet.Where(v => v.Key.Contains("prior_year")).ToList(), Has.Count.GreaterThan(20));
        Assert.That(fromSheet.Where(v => v.Key.Contains("prior")), Is.EqualTo(fromYaml.Where(v => v.Key.Contains("prior"))));
        Assert.That(fromSheet["t01.line29.prior_year.prior"], Is.EqualTo(20m));
    }

    [Test]
    public void A_bad_value_and_an_unknown_key_are_reported_at_their_cells()
    {
        using var copy = WithSheet(Sheet(SampleRows.Select(r => r.Key == "income_total" ? (r.Key, "三五五") : r).Append(("incom_total", "1"))));
        var errors = Check(copy).Diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.That(errors.Single(d => d.Code.Id == InputCodes.BadNumber.Id).Location.ToString(), Does.EndWith("上年数!C6"));
        var unknown = errors.Single(d => d.Code.Id == InputCodes.UnknownKey.Id);
        Assert.That(unknown.Location.ToString(), Does.EndWith($"上年数!A{FirstRow + SampleRows.Length}"));
        Assert.That(unknown.Message.Zh, Does.Contain("income_total"), "did you mean");
    }

    [Test]
    public void A_required_figure_left_out_of_the_sheet_is_reported_at_the_sheet()
    {
        using var copy = WithSheet(Sheet(SampleRows.Where(r => r.Key != "gpb_expenditure")));
        var d = Check(copy).Diagnostics.Items.Single(x => x.Code.Id == InputCodes.MissingKey.Id);
        Assert.That(d.Location.Sheet, Is.EqualTo(PriorYearSheet.Name));
        Assert.That(d.Message.Zh, Does.Contain("gpb_expenditure"));
    }

    [Test]
    public void Amounts_follow_the_sheet_s_unit_line()
    {
        using var copy = WithSheet(Sheet(SampleRows.Select(r => r.Key == "year" ? r : (r.Key, (decimal.Parse(r.Value) * 10000).ToString("0"))), "元"));
        var load = Check(copy);
        Assert.That(load.Model!.PriorYear.Prior.Find(PriorFigure.IncomeTotal)!.Value.Value, Is.EqualTo(35549.61m), Lines(load));
    }

    [Test]
    public void A_filled_sheet_beside_prior_year_yaml_is_an_error_naming_both_and_the_sheet_is_read()
    {
        using var copy = WithSheet(Sheet(SampleRows.Select(r => r.Key == "income_total" ? (r.Key, "35549.6") : r)), keepYaml: true);
        var load = Check(copy);
        var d = load.Diagnostics.Items.Single(x => x.Code.Id == InputCodes.PriorYearTwice.Id);
        Assert.That(d.Location.Sheet, Is.EqualTo(PriorYearSheet.Name));
        Assert.That(d.Message.Zh, Does.Contain("tables.xlsx:上年数").And.Contain("prior-year.yaml"));
        Assert.That(load.Model!.PriorYear.Prior.Find(PriorFigure.IncomeTotal)!.Value.Value, Is.EqualTo(35549.6m));
    }

    [Test]
    public void An_adjusted_figure_takes_its_reason_from_the_sheet()
    {
        var sheet = Sheet(SampleRows);
        sheet[6, 4] = FixtureCell.Of("按机构改革后的口径调整");
        using var copy = WithSheet(sheet);
        var adjustment = Check(copy).Model!.PriorYear.Adjustments.Single();
        Assert.That(adjustment.Figure, Is.EqualTo(PriorFigure.IncomeTotal));
        Assert.That(adjustment.Reason.Value, Is.EqualTo("按机构改革后的口径调整"));
        Assert.That(adjustment.Reason.Location.ToString(), Does.EndWith("上年数!D6"));
    }

    [Test]
    public void A_template_using_a_prior_figure_the_sheet_does_not_give_is_an_error_at_the_template()
    {
        using var copy = WithSheet(Sheet(SampleRows));
        var d = TemplateProbe.Error("上年为{{ money t01.line29.prior_year.prior }}万元。", Check(copy).Model);
        Assert.That(d.Code.Id, Is.EqualTo("FA5021"));
        Assert.That((d.Location.File, d.Location.Line), Is.EqualTo(("probe.sbn", 1)));
        Assert.That(d.Message.Zh, Does.Contain("上年数").And.Contain("t01.29"));
    }

    [Test]
    public void The_workbook_finacc_new_writes_has_a_blank_prior_year_sheet_that_is_no_source()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "data", "2025", "new-dept");
        Directory.CreateDirectory(Path.Combine(folder.Path, "data", "reference"));
        SampleData.CopyDirectory(SampleData.ReferenceFolder, Path.Combine(folder.Path, "data", "reference", "2025"));
        Assert.That(NewDepartment.Create(path, new DiagnosticBag()), Does.Contain("tables.xlsx"));
        var load = new DepartmentLoader().Load(path);
        Assert.That(load.Model, Is.Not.Null);
        Assert.That(load.Diagnostics.Items.Where(d => d.Location.Sheet == PriorYearSheet.Name || d.Code.Id == InputCodes.SheetIgnored.Id),
            Is.Empty, "blank: not a source, not a table");
        Assert.That(load.Model!.SourceOf(InputPart.PriorYear).File, Does.EndWith(PriorYearReader.File));

        // The sheet lists the prior year and every figure prior-year.yaml requires, by the keys the reader takes.
        var rows = WorkbookRows(Path.Combine(path, "tables.xlsx"));
        Assert.That(rows, Does.Contain("2024"));
        Assert.That(rows, Is.SupersetOf(PriorYearReader.NamedKeys.Select(k => k.Key))
            .And.SupersetOf(PriorYearReader.ThreePublicKeys.Select(k => "three_public." + k.Key)));
    }

    private static List<string> WorkbookRows(string file)
    {
        var bag = new DiagnosticBag();
        var folder = DataFolder.FromArgument(Path.GetDirectoryName(file)!);
        var sheets = WorkbookFile.Read(folder, Path.GetFileName(file), bag, CancellationToken.None)!;
        var sheet = sheets.Single(s => s.Name == PriorYearSheet.Name);
        return Enumerable.Range(1, sheet.LastRow).SelectMany(r => new[] { sheet[r, 1].Text, sheet[r, 3].Text }).ToList();
    }
}
