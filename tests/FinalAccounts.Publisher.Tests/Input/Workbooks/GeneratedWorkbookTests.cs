using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input.Workbooks;

/// <summary>
/// Every department of a generated 40-department sample (its corners: tables 07/08 with rows, one 项 or dozens, long
/// names) laid out as a hand-made workbook of a different shape each, every total filled in as the finance system
/// exports them: read, it passes every check and gives the CSV files' figures; imported, its CSV files read back to the
/// same figures.
/// </summary>
[Category("Slow")]
public sealed class GeneratedWorkbookTests
{
    private static readonly WorkbookShape[] Shapes =
    [
        // The 元 shape without 分 tails: adding 12.34 元 to every cell makes a generated department's own sums disagree
        // in 元 (公开01表 lines 1–3 against 公开02表, FA3001), and its figures could not be imported into 万元 CSVs. A 元
        // workbook with 分 beside 万元 CSV and YAML is checked on the sample (WorkbookLayoutTests, UnitPrecisionTests).
        new(), new() { SplitCodes = true, InYuan = true, YuanTails = false },
        new() { TextNumbers = true, ColumnNumbers = false, DeeperHeader = true },
        new() { Formulas = true, HiddenColumns = true, Naming = SheetNaming.Title, Reversed = true },
    ];

    [Test]
    public void Every_generated_department_reads_and_imports_from_a_workbook_with_its_figures()
    {
        var root = Directory.CreateTempSubdirectory("finacc-generated-workbooks").FullName;
        try
        {
            var bag = new DiagnosticBag();
            var folders = SampleGenerator.Generate(new SampleOptions(40, 2024, root, Path.Combine(SampleData.RepositoryRoot, "data", "reference"), Seed: 1), bag);
            Assert.That(bag.HasErrors, Is.False);
            var loader = new DepartmentLoader();
            foreach (var (folder, i) in folders.Select((f, i) => (f, i)))
            {
                var shape = Shapes[i % Shapes.Length];
                // The subtotals the generator leaves out, filled in: an exported workbook has every total.
                foreach (var (name, bytes) in OpenDataCsv.Files(loader.Load(folder).Model!.Tables))
                    File.WriteAllBytes(Path.Combine(folder, name), bytes);
                var expected = WorkbookLayoutTests.Figures(loader.Load(folder)).Order(StringComparer.Ordinal).ToList();
                var workbook = Path.Combine(root, Path.GetFileName(folder) + ".xlsx");
                File.WriteAllBytes(workbook, WorkbookFixture.Xlsx(shape, folder));
                File.Copy(workbook, Path.Combine(folder, "tables.xlsx"));
                var tables = Path.Combine(folder, CsvTableSource.Folder);
                Directory.Move(tables, tables + "-csv");

                var fromWorkbook = loader.Load(folder);

                Checker.Run(fromWorkbook);
                var run = new CheckRun(fromWorkbook, folder);
                Assert.That(run.Errors.Select(run.Describe), Is.Empty, $"{folder} as {shape}");
                Assert.That(WorkbookLayoutTests.Figures(fromWorkbook).Order(StringComparer.Ordinal), Is.EqualTo(expected), $"{folder} as {shape}");

                File.Delete(Path.Combine(folder, "tables.xlsx"));
                var import = WorkbookImport.Run(workbook, folder, force: false);
                Assert.That(import.Succeeded, Is.True, folder);
                Assert.That(WorkbookLayoutTests.Figures(loader.Load(folder)).Order(StringComparer.Ordinal), Is.EqualTo(expected), $"{folder} imported");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
