using System.Globalization;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input.Workbooks;

/// <summary>
/// Hand-made workbooks of the sample's nine tables, in each layout tables are exported and published in, read as the
/// department's tables: every one gives exactly the figures (and codes, names, lines) the sample's CSV files give.
/// </summary>
public sealed class WorkbookLayoutTests
{
    private static IEnumerable<TestCaseData> Shapes()
    {
        TestCaseData Case(string name, WorkbookShape shape) => new TestCaseData(shape).SetName(name);
        yield return Case("Codes_joined_万元_栏次_sheets_named_公开0N表", new WorkbookShape());
        yield return Case("Codes_split_into_类_款_项", new WorkbookShape { SplitCodes = true });
        yield return Case("Amounts_in_元_carried_exactly_in_万元", new WorkbookShape { InYuan = true });
        yield return Case("Without_栏次_row", new WorkbookShape { ColumnNumbers = false });
        yield return Case("Header_merged_one_row_deeper", new WorkbookShape { DeeperHeader = true });
        yield return Case("Split_codes_without_栏次_and_deeper_header", new WorkbookShape { SplitCodes = true, ColumnNumbers = false, DeeperHeader = true });
        yield return Case("Numbers_as_text_with_separators_and_dashes", new WorkbookShape { TextNumbers = true });
        yield return Case("元_as_text_with_separators", new WorkbookShape { TextNumbers = true, InYuan = true });
        yield return Case("Totals_as_formulas_with_cached_values", new WorkbookShape { Formulas = true });
        yield return Case("Hidden_empty_columns", new WorkbookShape { HiddenColumns = true, SplitCodes = true });
        yield return Case("Sheets_named_by_title_三公_cut_to_31", new WorkbookShape { Naming = SheetNaming.Title });
        yield return Case("Sheets_found_by_title_in_first_row", new WorkbookShape { Naming = SheetNaming.Content, DepartmentLine = false });
        yield return Case("Extra_and_reordered_sheets", new WorkbookShape { ExtraSheets = true, Reversed = true });
    }

    [TestCaseSource(nameof(Shapes))]
    public void Workbook_gives_the_samples_exact_figures(WorkbookShape shape)
    {
        using var copy = SampleData.Copy();
        var expected = Figures(new DepartmentLoader().Load(copy.Folder), Tail(shape));
        copy.WriteBytes("tables.xlsx", WorkbookFixture.Xlsx(shape, copy.Folder));
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var load = new DepartmentLoader().Load(copy.Folder);

        Checker.Run(load);
        var run = new CheckRun(load, copy.Folder);
        Assert.That(run.Errors.Select(run.Describe), Is.Empty, shape.ToString());
        var actual = Figures(load);
        var firstDifference = expected.Zip(actual).FirstOrDefault(p => p.First != p.Second);
        Assert.That(actual, Is.EqualTo(expected), $"{shape}: first difference {firstDifference}");
    }

    private static IEnumerable<TestCaseData> XlsCases() =>
        XlsFixtures.All.Select(x => new TestCaseData(x.File).SetName("Xls_" + Path.GetFileNameWithoutExtension(x.File).Replace('-', '_')));

    [TestCaseSource(nameof(XlsCases))]
    public void Xls_workbook_gives_the_samples_exact_figures(string file)
    {
        using var copy = SampleData.Copy();
        var expected = Figures(new DepartmentLoader().Load(copy.Folder), Tail(XlsFixtures.All.Single(x => x.File == file).Shape));
        copy.WriteBytes("tables.xls", File.ReadAllBytes(Path.Combine(XlsFixtures.Folder, file)));
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var load = new DepartmentLoader().Load(copy.Folder);

        Checker.Run(load);
        var run = new CheckRun(load, copy.Folder);
        Assert.That(run.Errors.Select(run.Describe), Is.Empty, file);
        Assert.That(Figures(load), Is.EqualTo(expected), file);
        Assert.That(load.Model!.T02.Rows[0].Values[0].Location.ToString(), Does.StartWith(copy.Folder.Replace('\\', '/') + "/tables.xls:"));
    }

    [Test]
    public void The_benchmarks_workbook_gives_the_samples_exact_figures()
    {
        using var copy = SampleData.Copy();
        var expected = Figures(new DepartmentLoader().Load(copy.Folder));
        copy.WriteBytes("tables.xlsx", File.ReadAllBytes(XlsFixtures.BenchmarkWorkbook));
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        Assert.That(Figures(new DepartmentLoader().Load(copy.Folder)), Is.EqualTo(expected));
    }

    /// <summary>
    /// The 万元 a shape's 元 tails add to every amount but zero (12.34 元 = 0.001234 万元): 元 are carried exactly, so the
    /// sums the checks see hold these tails too (within the rounding tolerance).
    /// </summary>
    private static decimal Tail(WorkbookShape shape) => shape is { InYuan: true, YuanTails: true } ? 0.001234m : 0m;

    /// <summary>Every record of the nine tables as text: table, key and name texts, amounts (each ≠ 0 moved away from 0 by <paramref name="tail"/>).</summary>
    internal static List<string> Figures(LoadResult load, decimal tail = 0m) =>
        load.Model!.Tables.SelectMany(t => t.Records().Select(r =>
            $"{t.Table.Key}|{string.Join("|", r.Texts)}|{string.Join("|", r.Amounts.Select(a => Amount(a.Value, tail)))}"))
            .ToList();

    private static string Amount(decimal value, decimal tail) =>
        (value == 0m ? 0m : value + Math.Sign(value) * tail).ToString(CultureInfo.InvariantCulture);
}
