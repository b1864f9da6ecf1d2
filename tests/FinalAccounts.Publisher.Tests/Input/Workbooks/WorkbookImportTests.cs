using FinalAccounts.Cli;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input.Workbooks;

/// <summary>
/// <c>finacc import</c>: a workbook becomes tables/01.csv … byte for byte the sample's own files; nothing is written when
/// the workbook has errors, and a CSV file with other content is replaced only with --force.
/// </summary>
public sealed class WorkbookImportTests
{
    private static readonly string[] Files = PublicTables.All.Select(Publisher.Input.CsvTableSource.FileOf).ToArray();

    private static Dictionary<string, byte[]> Originals(SampleCopy copy) => Files.ToDictionary(f => f, copy.ReadBytes);

    /// <summary>The copy's tables as a workbook beside the data, with one cell of the row keyed <paramref name="key"/> changed.</summary>
    private static (string Workbook, int Row) Edited(SampleCopy copy, string sheet, string key, int column, string text)
    {
        var sheets = WorkbookFixture.Sheets(new WorkbookShape(), copy.Folder);
        var edited = sheets.Single(s => s.Name == sheet);
        var row = edited.Cells.First(c => c.Key.Column == 1 && c.Value.Text == key).Key.Row;
        edited[row, column] = FixtureCell.Of(text);
        var workbook = Path.Combine(copy.Root, "export.xlsx");
        File.WriteAllBytes(workbook, XlsxFixtureWriter.Write(sheets));
        return (workbook, row);
    }

    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData(new WorkbookShape()).SetName("Import_of_a_workbook_gives_the_samples_csv_bytes");
        yield return new TestCaseData(new WorkbookShape { SplitCodes = true, InYuan = true, YuanTails = false, TextNumbers = true, ColumnNumbers = false, Formulas = true })
            .SetName("Import_of_a_split_元_text_workbook_gives_the_samples_csv_bytes");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Import_gives_the_samples_csv_bytes(WorkbookShape shape)
    {
        using var copy = SampleData.Copy();
        var originals = Originals(copy);
        var workbook = Path.Combine(copy.Root, "export.xlsx");
        File.WriteAllBytes(workbook, WorkbookFixture.Xlsx(shape, copy.Folder));
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var result = WorkbookImport.Run(workbook, copy.Folder, force: false);

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics.Items.Select(d => d.ToString())));
        Assert.That(result.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Written));
        foreach (var file in Files) Assert.That(copy.ReadBytes(file), Is.EqualTo(originals[file]), file);
    }

    [Test]
    public void Yuan_to_the_cent_into_a_wanyuan_folder_is_refused_at_the_cell_and_nothing_is_written()
    {
        using var copy = SampleData.Copy();
        var originals = Originals(copy);
        var workbook = Path.Combine(copy.Root, "export.xlsx");
        File.WriteAllBytes(workbook, WorkbookFixture.Xlsx(new WorkbookShape { InYuan = true }, copy.Folder));

        var result = WorkbookImport.Run(workbook, copy.Folder, force: true);

        Assert.That(result.Succeeded, Is.False);
        var refused = result.Diagnostics.Items.Where(d => d.Code.Id == "FA1062").ToList();
        Assert.That(refused, Is.Not.Empty);
        Assert.That(refused[0].Location.ToString(), Does.Contain("export.xlsx:公开"));
        Assert.That(refused[0].Message.Zh, Does.Contain("元 是").And.Contain("万元"));
        Assert.That(copy.ReadBytes("tables/01.csv"), Is.EqualTo(originals["tables/01.csv"]));
    }

    [Test]
    public void Yuan_into_a_folder_in_yuan_are_written_as_yuan_and_load_exactly()
    {
        using var copy = SampleData.Copy();
        var workbook = Path.Combine(copy.Root, "export.xlsx");
        File.WriteAllBytes(workbook, WorkbookFixture.Xlsx(new WorkbookShape { InYuan = true }, copy.Folder));
        copy.AppendLine("department.yaml", "amount_unit: 元");
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var result = WorkbookImport.Run(workbook, copy.Folder, force: false);

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics.Items.Select(d => d.ToString())));
        // 公开01表 line 1 is 26864.63 万元 in the sample; the workbook adds 12.34 元.
        Assert.That(copy.ReadText("tables/01.csv"), Does.Contain(",268646312.34"));
        var load = new Publisher.Input.DepartmentLoader().Load(copy.Folder);
        Assert.That(load.Model!.T01[1].Value, Is.EqualTo(26864.631234m));
    }

    [Test]
    public void Importing_again_changes_nothing_and_says_so()
    {
        using var copy = SampleData.Copy();
        var workbook = Path.Combine(copy.Root, "export.xlsx");
        File.WriteAllBytes(workbook, WorkbookFixture.Xlsx(new WorkbookShape(), copy.Folder));

        var result = WorkbookImport.Run(workbook, copy.Folder, force: false);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Unchanged));
    }

    [Test]
    public void Csv_files_that_differ_are_named_and_nothing_is_written_without_force()
    {
        using var copy = SampleData.Copy();
        var workbook = Path.Combine(copy.Root, "export.xlsx");
        File.WriteAllBytes(workbook, WorkbookFixture.Xlsx(new WorkbookShape(), copy.Folder));
        copy.SetCell("tables/02.csv", "2010350", "本年收入合计", "190.02");
        copy.Delete("tables/09.csv");
        var before = Files.Where(f => f != "tables/09.csv").ToDictionary(f => f, copy.ReadBytes);

        var result = WorkbookImport.Run(workbook, copy.Folder, force: false);

        Assert.That(result.Succeeded, Is.False);
        var run = new CheckRun(new Publisher.Input.LoadResult(Publisher.Input.DataFolder.FromArgument(copy.Folder), null, result.Diagnostics,
            new HashSet<string>()), copy.Folder);
        run.Expect("FA1051", "tables/02.csv");
        Assert.That(result.Diagnostics.Items.Count(d => d.Code.Id == "FA1051"), Is.EqualTo(1));
        Assert.That(File.Exists(copy.PathOf("tables/09.csv")), Is.False, "nothing is written, not even the missing file");
        foreach (var (file, bytes) in before) Assert.That(copy.ReadBytes(file), Is.EqualTo(bytes), file);

        var forced = WorkbookImport.Run(workbook, copy.Folder, force: true);

        Assert.That(forced.Succeeded, Is.True);
        Assert.That(forced.Files.Single(f => f.Display.EndsWith("tables/02.csv", StringComparison.Ordinal)).Outcome, Is.EqualTo(ImportOutcome.Replaced));
        Assert.That(forced.Files.Single(f => f.Display.EndsWith("tables/09.csv", StringComparison.Ordinal)).Outcome, Is.EqualTo(ImportOutcome.Written));
        Assert.That(forced.Files.Single(f => f.Display.EndsWith("tables/03.csv", StringComparison.Ordinal)).Outcome, Is.EqualTo(ImportOutcome.Unchanged));
        Assert.That(copy.ReadText("tables/02.csv"), Does.Contain("2010350,事业运行,190.01,"));
    }

    [Test]
    public void A_workbook_with_errors_writes_nothing()
    {
        using var copy = SampleData.Copy();
        var (workbook, row) = Edited(copy, "公开02表", "201", 3, "三百");
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var result = WorkbookImport.Run(workbook, copy.Folder, force: true);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Items.Select(d => d.Location.ToString()), Does.Contain($"{workbook.Replace('\\', '/')}:公开02表!C{row}"));
        Assert.That(Directory.Exists(copy.PathOf("tables")), Is.False);
    }

    [Test]
    public void A_code_not_in_the_code_list_stops_the_import()
    {
        using var copy = SampleData.Copy();
        var (workbook, row) = Edited(copy, "公开03表", "2010350", 1, "2010351");

        var result = WorkbookImport.Run(workbook, copy.Folder, force: true);

        Assert.That(result.Diagnostics.Items.Select(d => $"{d.Code.Id} {d.Location}"), Does.Contain($"FA1010 {workbook.Replace('\\', '/')}:公开03表!A{row}"));
        Assert.That(result.Files, Is.Empty);
    }

    [Test]
    public void Cli_import_of_the_folders_own_workbook_lists_the_files_and_warns_that_the_workbook_stays()
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes("tables.xlsx", WorkbookFixture.Xlsx(new WorkbookShape(), copy.Folder));
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var (code, output, error) = Finacc.Run("import", copy.PathOf("tables.xlsx"), "--into", copy.Folder, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output + error);
        Assert.That(output, Does.Contain("warning FA1052"));
        foreach (var file in Files) Assert.That(output, Does.Contain("写入  " + copy.Folder.Replace('\\', '/') + "/" + file));
    }

    [Test]
    public void Cli_import_into_a_missing_folder_exits_1()
    {
        using var copy = SampleData.Copy();
        var (code, output, _) = Finacc.Run("import", copy.PathOf("nothing.xlsx"), "--into", copy.PathOf("no-such"), "--lang", "en");
        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output);
        Assert.That(output, Does.Contain("error FA1001"));
    }
}
