using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.OpenData.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.OpenData;

/// <summary>The sample department's tables (or another department's) and a house style's workbook settings, as a build makes them.</summary>
internal static class SampleWorkbook
{
    private static readonly Lazy<DepartmentYear> Sample = new(() => new DepartmentLoader().Load(SampleData.DepartmentFolder).Model!);

    public static DepartmentYear Model => Sample.Value;

    public static WorkbookSettings Settings(string style = "default") => Settings(Model, style);

    public static WorkbookSettings Settings(DepartmentYear model, string style = "default")
    {
        var bag = new DiagnosticBag();
        var house = HouseStyleReader.Read(Path.Combine(SampleData.RepositoryRoot, "templates"), style, bag)!;
        var layouts = TableLayouts.Read(house, bag);
        Assert.That(bag.HasErrors, Is.False);
        var d = model.Department;
        var info = new DocumentInfo("title", d.Name.Value, "部门决算公开", [], "zh-CN",
            new DateTimeOffset(d.PublishDate.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return WorkbookSettings.For(d, house, layouts, info);
    }

    public static byte[] Bytes(string style = "default") => TablesWorkbook.Write(Model.Tables, Settings(style));

    public static byte[] Bytes(DepartmentYear model, string style = "default") => TablesWorkbook.Write(model.Tables, Settings(model, style));
}
