using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.OpenData;

/// <summary>
/// The published workbook goes back into a department folder unchanged: <c>finacc import</c> of it writes the data
/// files the build read byte for byte (for the sample and every generated department, whose files are in the canonical
/// form: every subtotal, amounts as 26864.63), and the open-data CSVs are those files with a UTF-8 byte order mark.
/// </summary>
public sealed class WorkbookRoundTripTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Test]
    public void Importing_the_samples_exported_workbook_gives_its_data_files_byte_for_byte()
    {
        using var copy = SampleData.Copy();
        var workbook = Path.Combine(copy.Root, "hongshan-jkj-2024-tables.xlsx");
        File.WriteAllBytes(workbook, SampleWorkbook.Bytes());
        Directory.Delete(copy.PathOf(CsvTableSource.Folder), recursive: true);

        var import = WorkbookImport.Run(workbook, copy.Folder, force: false);

        Assert.That(import.Diagnostics.Items.Select(d => d.ToString()), Is.Empty);
        foreach (var table in PublicTables.All)
        {
            var file = CsvTableSource.FileOf(table);
            Assert.That(copy.ReadBytes(file), Is.EqualTo(File.ReadAllBytes(Path.Combine(SampleData.DepartmentFolder, file))), file);
        }
    }

    [TestCase("default")]
    [TestCase("province-2dp")]
    [TestCase("yuan")]
    public void Zero_cells_written_as_the_style_prints_them_import_as_the_data_files_empty_cells(string style)
    {
        using var copy = SampleData.Copy();
        var workbook = Path.Combine(copy.Root, "tables.xlsx");
        File.WriteAllBytes(workbook, SampleWorkbook.Bytes(style));

        var import = WorkbookImport.Run(workbook, copy.Folder, force: false);

        Assert.That(import.Diagnostics.Items.Select(d => d.ToString()), Is.Empty);
        Assert.That(import.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Unchanged), "every CSV is already the workbook's");
    }

    [Test]
    public void A_workbook_in_a_style_in_yuan_holds_yuan_and_says_so()
    {
        var book = new WorkbookView(SampleWorkbook.Bytes("yuan"));
        var rows = book.Rows("公开01表").ToList();
        Assert.That(rows.SelectMany(r => r.Cells.Values), Has.Some.Contains("单位：元"));
        var line1 = rows.First(r => r.Cells.Values.Any(v => v.Contains("一般公共预算财政拨款收入", StringComparison.Ordinal)));
        var amount = line1.Cells.Keys.Select(k => book.Number("公开01表", k + line1.Row)).First(n => n is > 1m);
        Assert.That(amount, Is.EqualTo(268_646_300m), "公开01表 line 1 is 26864.63 万元");
    }

    [Test]
    public void Open_data_csv_files_are_the_samples_data_files_with_a_byte_order_mark()
    {
        var files = OpenDataCsv.Files(SampleWorkbook.Model.Tables).ToList();

        Assert.That(files.Select(f => f.Name), Is.EqualTo(PublicTables.All.Select(t => "tables/" + t.Key + ".csv")));
        foreach (var (name, bytes) in files)
            Assert.That(bytes, Is.EqualTo(Bom.Concat(File.ReadAllBytes(Path.Combine(SampleData.DepartmentFolder, name)))), name);
    }

    [Test]
    public void Open_data_csv_files_copied_into_a_department_read_as_its_figures()
    {
        using var copy = SampleData.Copy();
        foreach (var (name, bytes) in OpenDataCsv.Files(SampleWorkbook.Model.Tables)) copy.WriteBytes(name, bytes);

        var run = copy.Load();

        Assert.That(run.Errors.Select(run.Describe), Is.Empty);
        Assert.That(Figures(run.Load), Is.EqualTo(Figures(new DepartmentLoader().Load(SampleData.DepartmentFolder))));
    }

    [Test]
    [Category("Slow")]
    public void Every_data_file_of_a_generated_40_department_sample_imports_from_its_exported_workbook_byte_for_byte()
    {
        var root = Directory.CreateTempSubdirectory("finacc-roundtrip").FullName;
        try
        {
            var bag = new DiagnosticBag();
            var reference = Path.Combine(SampleData.RepositoryRoot, "data", "reference");
            var folders = SampleGenerator.Generate(new SampleOptions(40, 2024, root, reference, Seed: 1), bag);
            Assert.That(bag.HasErrors, Is.False);
            var compared = 0;
            foreach (var folder in folders)
            {
                var load = new DepartmentLoader().Load(folder);
                var model = load.Model!;
                var workbook = Path.Combine(root, Path.GetFileName(folder) + ".xlsx");
                File.WriteAllBytes(workbook, SampleWorkbook.Bytes(model));
                var data = Path.Combine(folder, CsvTableSource.Folder);
                Directory.Move(data, data + "-data");

                var import = WorkbookImport.Run(workbook, folder, force: false);

                Assert.That(import.Diagnostics.Items.Select(d => d.ToString()), Is.Empty, folder);
                foreach (var (name, open) in OpenDataCsv.Files(model.Tables))
                {
                    var imported = File.ReadAllBytes(Path.Combine(folder, name));
                    Assert.That(imported, Is.EqualTo(File.ReadAllBytes(Path.Combine(data + "-data", Path.GetFileName(name)))),
                        $"{folder}/{name}: imported from the exported workbook, byte for byte the data file it came from");
                    Assert.That(imported, Is.EqualTo(open.Skip(Bom.Length)), $"{folder}/{name}: the open-data CSV without its mark");
                    compared++;
                }
            }

            Assert.That(compared, Is.EqualTo(40 * PublicTables.All.Count), "every data file of the 40 departments compared");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Every table's records with their amounts as values.</summary>
    private static List<string> Figures(LoadResult load) =>
        load.Model!.Tables.SelectMany(t => t.Records().Select(r =>
                $"{t.Table.Key}|{string.Join("|", r.Texts)}|{string.Join("|", r.Amounts.Select(a => a.Value.ToString("0.##", CultureInfo.InvariantCulture)))}"))
            .ToList();
}
