using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Filling;
using FinalAccounts.Publisher.Tests.OpenData;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Filling;

/// <summary>
/// <c>finacc fill</c>'s library part: what check computes is written back into the data files (the sums check compared,
/// 决算数 from 公开05表, the forms' rates and scores), figures that are inputs never change, nothing is written without
/// <c>write</c>, and a file with nothing to change is left as it was.
/// </summary>
public sealed class DataFillTests
{
    [Test]
    public void One_changed_leaf_then_fill_passes_check_and_changes_no_other_input()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/09.csv", "预算数", "公务用车运行维护费", "9.5");
        Assert.That(copy.Check().Errors, Is.Not.Empty, "the edited leaf alone breaks the sums above it");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Succeeded, Is.True);
        Assert.That(fill.Changes.Select(c => $"{c.Row} · {c.Column}: {c.Old} → {c.New}"),
            Is.EqualTo(new[] { "预算数 · 合计: 8.8 → 9.5", "预算数 · 公务用车购置及运行维护费小计: 8.8 → 9.5" }));
        Assert.That(copy.Check().Errors.Select(copy.Check().Describe), Is.Empty);
        Assert.That(DifferingFiles(copy), Is.EqualTo(new[] { "tables/09.csv" }));
        Assert.That(copy.ReadText("tables/09.csv"), Does.Contain("\n预算数,9.5,,9.5,,9.5,\n"), "the leaf as edited, its two sums filled");
    }

    [Test]
    public void One_changed_project_budget_then_fill_passes_check_and_fills_both_forms()
    {
        using var copy = SampleData.Copy();
        copy.Replace("performance/projects/01.yaml", "budget: 15975.89", "budget: 16975.89");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Succeeded, Is.True);
        var check = copy.Check();
        Assert.That(check.Errors.Concat(check.Warnings).Select(check.Describe), Is.Empty);
        Assert.That(DifferingFiles(copy), Is.EqualTo(new[] { "performance/overall.yaml", "performance/projects/01.yaml" }));
        // 15353.43 / 16975.89 = 90.44 %, 20 × 0.9044… = 18.09; the overall budget grows by the same 1000.
        Assert.That(copy.ReadText("performance/projects/01.yaml"), Does.Contain("  execution_rate: 90.44\n").And.Contain("  execution_score: 18.09\n"));
        Assert.That(copy.ReadText("performance/overall.yaml"), Does.Contain("\nbudget: 28497.36\n"));
        Assert.That(fill.Changes.Where(c => c.File.EndsWith("01.yaml", StringComparison.Ordinal)).Select(c => c.Column),
            Is.EqualTo(new[] { "execution_rate", "execution_score", "total_score" }));
    }

    [Test]
    public void Rates_and_scores_left_empty_are_computed_as_a_new_folder_leaves_them()
    {
        using var copy = SampleData.Copy();
        copy.Replace("performance/projects/01.yaml", "  execution_rate: 96.10\n  execution_score: 19.22\n", "  execution_rate:\n  execution_score: \n");
        copy.Replace("performance/projects/01.yaml", "  total_score: 98.22", "  total_score:");
        copy.Replace("performance/overall.yaml", "execution_rate: 97.70", "execution_rate:");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Changes.Select(c => $"{c.Column}: {c.Old} → {c.New}"), Is.EqualTo(new[]
        {
            "execution_rate:  → 97.70", "execution_rate:  → 96.10", "execution_score:  → 19.22", "total_score:  → 98.22",
        }));
        Assert.That(DifferingFiles(copy), Is.Empty, "the sample's figures, as the sample writes them");
    }

    [Test]
    public void An_empty_rate_check_cannot_compute_stays_empty()
    {
        using var copy = SampleData.Copy();
        copy.Replace("performance/projects/01.yaml", "budget: 15975.89", "budget: 0");
        copy.Replace("performance/projects/01.yaml", "actual: 15353.43", "actual: 0");
        copy.Replace("performance/projects/01.yaml", "  execution_rate: 96.10\n  execution_score: 19.22\n", "  execution_rate:\n  execution_score:\n");
        var before = copy.ReadBytes("performance/projects/01.yaml");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Changes.Where(c => c.File.EndsWith("01.yaml", StringComparison.Ordinal) && c.Column.StartsWith("execution", StringComparison.Ordinal)),
            Is.Empty);
        Assert.That(copy.ReadText("performance/projects/01.yaml"), Does.Contain("  execution_rate:\n  execution_score:\n"));
    }

    [Test]
    public void Broken_sums_决算数_and_scores_are_filled_back_to_the_samples_bytes()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "206", "基本支出", "");
        copy.SetCell("tables/02.csv", "2010350", "本年收入合计", "1");
        copy.SetCell("tables/06.csv", "人员经费合计", "决算数", "0.5");
        copy.SetCell("tables/01.csv", "27", "金额", "3");
        copy.SetCell("budget-execution.csv", "2010350", "决算数", "1");
        copy.Replace("performance/projects/01.yaml", "execution_rate: 96.10", "execution_rate: 90");
        copy.Replace("performance/overall.yaml", "total_score: 97.54", "total_score: 90 # 待算");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Succeeded, Is.True, string.Join("\n", fill.Diagnostics.Items));
        Assert.That(fill.RemainingErrors, Is.Zero);
        Assert.That(DifferingFiles(copy), Is.EqualTo(new[] { "performance/overall.yaml" }), "every other file is the sample's again");
        Assert.That(copy.ReadText("performance/overall.yaml"), Does.Contain("\ntotal_score: 97.54 # 待算\n"), "the comment after the value stays");
    }

    [Test]
    public void A_total_filled_while_a_figure_under_it_was_wrong_keeps_the_finance_systems_rounded_figure()
    {
        // 公开03表's 合计 基本支出 is 1660.86 where its 类 add up to 1660.85 (a rounding tail): once the 类 is right
        // again, the 合计 the first round wrote goes back to 1660.86.
        using var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "206", "基本支出", "5");
        copy.SetCell("tables/03.csv", "20601", "基本支出", "5");

        DataFill.Run(copy.Folder, write: true);

        Assert.That(copy.ReadBytes("tables/03.csv"), Is.EqualTo(File.ReadAllBytes(Path.Combine(SampleData.DepartmentFolder, "tables/03.csv"))));
    }

    [Test]
    public void Subtotal_rows_left_out_are_written_in_the_canonical_form()
    {
        using var copy = SampleData.Copy();
        copy.DeleteRows("tables/03.csv", "201", "20103");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Changes.Where(c => c.Kind == FillChangeKind.AddedRow).Select(c => $"{c.Row}: {c.New}"), Is.EqualTo(new[]
        {
            "201 一般公共服务支出: 本年支出合计 311.32，基本支出 190.01，项目支出 121.31",
            "20103 政府办公厅（室）及相关机构事务: 本年支出合计 311.32，基本支出 190.01，项目支出 121.31",
        }));
        Assert.That(DifferingFiles(copy), Is.Empty, "the rows are back where the sample has them");
    }

    [Test]
    public void Without_write_nothing_is_written_and_the_changes_are_listed_with_their_places()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("budget-execution.csv", "2010350", "决算数", "1");
        var before = copy.ReadBytes("budget-execution.csv");

        var fill = DataFill.Run(copy.Folder, write: false);

        Assert.That(fill.Written, Is.False);
        Assert.That(copy.ReadBytes("budget-execution.csv"), Is.EqualTo(before));
        var change = fill.Changes.Single();
        Assert.That((change.Location.ToString(), change.Row, change.Column, change.Old, change.New),
            Is.EqualTo((copy.Folder.Replace('\\', '/') + "/budget-execution.csv:2:4", "2010350 事业运行", "决算数", "1", "190.01")));
        Assert.That(fill.Files, Is.EqualTo(new[] { copy.Folder.Replace('\\', '/') + "/budget-execution.csv" }));
    }

    [Test]
    public void A_department_with_nothing_to_fill_is_left_untouched()
    {
        using var copy = SampleData.Copy();
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(copy.Folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, old);

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That((fill.Changes.Count, fill.Files.Count, fill.Written), Is.EqualTo((0, 0, false)));
        Assert.That(Directory.GetFiles(copy.Folder, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc), Is.All.EqualTo(old));
        Assert.That(Directory.GetFiles(copy.Folder, "*", SearchOption.AllDirectories), Has.Length.EqualTo(
            Directory.GetFiles(SampleData.DepartmentFolder, "*", SearchOption.AllDirectories).Length), "no temporary file left");
    }

    [Test]
    public void Data_with_read_errors_is_not_filled()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "2010350", "基本支出", "12x");
        copy.SetCell("budget-execution.csv", "2010350", "决算数", "1");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Succeeded, Is.False);
        Assert.That(fill.Diagnostics.Items.Select(d => d.Code.Id), Does.Contain("FA7001"));
        Assert.That(fill.Changes, Is.Empty);
        Assert.That(copy.ReadText("budget-execution.csv"), Does.Contain("2010350,事业运行,307.48,1,"));
    }

    [Test]
    public void Amounts_in_yuan_are_filled_in_yuan()
    {
        using var copy = SampleData.Copy();
        YuanData.Convert(copy);
        copy.SetCell("tables/09.csv", "预算数", "公务用车运行维护费", "95000");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Succeeded, Is.True);
        Assert.That(copy.ReadText("tables/09.csv"), Does.Contain("\n预算数,95000,,95000,,95000,\n"));
        // In 元 sums agree to the cent: the sample's 万元 tails of the 合计 基本支出/项目支出 of 公开03/05表 are filled
        // to the exact sums; the one between 公开05表's 合计 and 公开06表 joins two inputs and is left to the clerk.
        Assert.That(copy.ReadText("tables/03.csv"), Does.Contain("\n,合计,268646300,16608500,252037800,,,\n"));
        var after = copy.Check();
        Assert.That(after.Errors.Select(after.Spot), Is.EquivalentTo(new[] { "FA3007 tables/05.csv:2:4", "FA3007 tables/06.csv:64:3" }));
    }

    [Test]
    public void A_workbook_gets_the_figures_in_its_cells_and_passes_check()
    {
        using var copy = WorkbookCopy(out var cell);
        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(fill.Diagnostics.Items, Is.Empty);
        Assert.That(fill.Changes.Select(c => (c.Location.Sheet, c.Row, c.Column, c.Old, c.New, c.Kind)), Is.EqualTo(new[]
        {
            ((string?)null, "2010350 事业运行", "决算数", "1", "190.01", FillChangeKind.Figure),
            ("公开03表", "206 科学技术支出", "基本支出", "5", "885.43", FillChangeKind.Figure),
        }));
        Assert.That(fill.Changes[1].Location.ToString(), Does.EndWith("tables.xlsx:公开03表!" + cell));
        var check = copy.Check();
        Assert.That(check.Errors.Select(check.Describe), Is.Empty, "the workbook and budget-execution.csv are filled");
        Assert.That(copy.Load().Model.T03.Find(new FinalAccounts.Publisher.Model.SubjectCode("206"))![1].Value, Is.EqualTo(885.43m));
    }

    [Test]
    public void A_workbook_cell_holding_a_formula_is_listed_for_Excel_and_not_overwritten()
    {
        using var copy = WorkbookCopy(out var cell);
        using (var document = SpreadsheetDocument.Open(copy.PathOf("tables.xlsx"), isEditable: true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "公开03表");
            var target = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().First(c => c.CellReference == cell);
            target.CellFormula = new CellFormula("1+4");
        }

        var workbook = copy.ReadBytes("tables.xlsx");

        var fill = DataFill.Run(copy.Folder, write: true);

        Assert.That(copy.ReadBytes("tables.xlsx"), Is.EqualTo(workbook));
        Assert.That(fill.Changes.Where(c => c.Kind == FillChangeKind.WorkbookCell).Select(c => (c.Location.Sheet, c.Row, c.Old, c.New)),
            Is.EqualTo(new[] { ((string?)"公开03表", "206 科学技术支出", "5", "885.43") }));
        Assert.That(fill.Diagnostics.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA7002" }));
        Assert.That(copy.ReadText("budget-execution.csv"), Does.Contain("2010350,事业运行,307.48,190.01,"), "the CSV files beside it are filled");
    }

    /// <summary>
    /// The sample as a workbook (the published one, tables.xlsx) whose 公开03表 has 5 for 206's 基本支出 (at
    /// <paramref name="cell"/>), with 1 for 2010350's 决算数 in budget-execution.csv.
    /// </summary>
    private static SampleCopy WorkbookCopy(out string cell)
    {
        var copy = SampleData.Copy();
        copy.SetCell("tables/03.csv", "206", "基本支出", "5");
        var model = copy.Load().Model;
        copy.WriteBytes("tables.xlsx", SampleWorkbook.Bytes(model));
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        copy.SetCell("budget-execution.csv", "2010350", "决算数", "1");
        var load = copy.Load().Model.T03.Find(new FinalAccounts.Publisher.Model.SubjectCode("206"))![1];
        cell = CellOf(load.Location);
        Assert.That(load.Value, Is.EqualTo(5m));
        return copy;
    }

    private static string CellOf(FinalAccounts.Publisher.Diagnostics.SourceLocation at)
    {
        var column = "";
        for (var c = at.Column; c > 0; c = (c - 1) / 26) column = (char)('A' + (c - 1) % 26) + column;
        return column + at.Line;
    }

    /// <summary>The files of the copy whose bytes differ from the sample's, relative and sorted.</summary>
    private static List<string> DifferingFiles(SampleCopy copy) =>
        Directory.GetFiles(SampleData.DepartmentFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SampleData.DepartmentFolder, f).Replace('\\', '/'))
            .Where(r => !File.ReadAllBytes(Path.Combine(SampleData.DepartmentFolder, r)).AsSpan().SequenceEqual(copy.ReadBytes(r)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
