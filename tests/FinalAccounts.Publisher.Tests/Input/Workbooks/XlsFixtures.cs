using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input.Workbooks;

/// <summary>
/// The .xls (Excel 97–2003) fixtures: nothing here writes BIFF, so they are the hand-made .xlsx fixtures of these shapes
/// converted once by LibreOffice (<c>soffice --headless --convert-to xls</c>) and committed. Regenerate them with the
/// explicit test below when the sample's tables change.
/// </summary>
public static class XlsFixtures
{
    public static readonly (string File, WorkbookShape Shape)[] All =
    [
        ("joined-wanyuan.xls", new WorkbookShape()),
        ("split-yuan-text-titles.xls",
            new WorkbookShape { SplitCodes = true, InYuan = true, TextNumbers = true, ColumnNumbers = false, Naming = SheetNaming.Title, ExtraSheets = true }),
    ];

    public static string Folder => Path.Combine(SampleData.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Fixtures", "Workbooks", "xls");

    /// <summary>The sample's tables as a default-shaped .xlsx, committed for the benchmarks (which do not build fixtures).</summary>
    public static string BenchmarkWorkbook => Path.Combine(SampleData.RepositoryRoot, "tests", "FinalAccounts.Publisher.Benchmarks", "sample-tables.xlsx");
}

[Explicit("Regenerates the committed .xls fixtures with LibreOffice")]
public sealed class XlsFixtureGenerator
{
    [Test]
    public void Regenerate_xls_fixtures()
    {
        Directory.CreateDirectory(XlsFixtures.Folder);
        var temp = Directory.CreateTempSubdirectory("finacc-xls").FullName;
        foreach (var (file, shape) in XlsFixtures.All)
        {
            var xlsx = Path.Combine(temp, Path.ChangeExtension(file, ".xlsx"));
            File.WriteAllBytes(xlsx, WorkbookFixture.Xlsx(shape, SampleData.DepartmentFolder));
            var run = System.Diagnostics.Process.Start("soffice", ["--headless", "--convert-to", "xls", "--outdir", XlsFixtures.Folder, xlsx])!;
            run.WaitForExit();
            Assert.That(File.Exists(Path.Combine(XlsFixtures.Folder, file)), file);
        }

        File.WriteAllBytes(XlsFixtures.BenchmarkWorkbook, WorkbookFixture.Xlsx(new WorkbookShape(), SampleData.DepartmentFolder));
    }
}
