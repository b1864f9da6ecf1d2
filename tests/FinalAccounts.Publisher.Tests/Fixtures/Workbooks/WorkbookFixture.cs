using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Fixtures.Workbooks;

/// <summary>Hand-made workbooks of the sample department's nine tables, in the shapes tables are exported and published in.</summary>
public static class WorkbookFixture
{
    /// <summary>The sample's nine tables as sheets of the given shape (plus the extra sheets and order it asks for).</summary>
    public static List<FixtureSheet> Sheets(WorkbookShape shape, string departmentFolder)
    {
        var load = new DepartmentLoader().Load(departmentFolder);
        var t06 = load.Model!.T06;
        bool IsPersonnel(string code) => t06.Rows.First(r => r.Code.Value == code).Group == EconomicGroup.Personnel;
        var sheets = PublicTables.All.Select(t =>
        {
            var csv = CsvText.Parse(File.ReadAllText(Path.Combine(departmentFolder, CsvTableSource.FileOf(t))));
            var sheet = new OfficialLayout(t, csv, shape, IsPersonnel).Build();
            sheet.Name = OfficialLayout.SheetName(t, shape);
            return sheet;
        }).ToList();
        if (shape.Reversed) sheets.Reverse();
        if (shape.ExtraSheets)
        {
            var notes = new FixtureSheet("填报说明");
            notes[1, 1] = FixtureCell.Of("本工作簿由财务系统导出，请勿修改表样。");
            sheets.Insert(0, notes);
            sheets.Add(new FixtureSheet("Sheet99"));
        }

        return sheets;
    }

    public static byte[] Xlsx(WorkbookShape shape, string departmentFolder) => XlsxFixtureWriter.Write(Sheets(shape, departmentFolder));
}
