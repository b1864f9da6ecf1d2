using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// A 公开表's frame: title, form number, header and 栏次 from its descriptor; notes, landscape and weights from the
/// style's tables.yaml, which may not restate the official structure.
/// </summary>
public sealed class TableFrameTests
{
    [Test]
    public void A_public_table_takes_its_structure_from_the_descriptor_and_its_notes_from_the_style()
    {
        var layouts = Read(TemplatesRoot(), "default", out var bag);
        Assert.That(bag.HasErrors, Is.False, string.Join("\n", bag.Items.Select(d => d.Message.En)));
        var t04 = layouts.Find("04")!;
        Assert.That((t04.Title, t04.FormNumber, t04.Wide), Is.EqualTo(("财政拨款收入支出决算总表", "公开04表", true)));
        Assert.That(t04.Header.Select(r => r.Kind), Is.EqualTo(new[]
            { TableRowKind.Header, TableRowKind.Header, TableRowKind.Header, TableRowKind.ColumnNumbers }));
        Assert.That(t04.Header[1].Cells.Last(), Is.EqualTo(new TableCell("决算数", 4, 1, CellAlign.Center)));
        Assert.That(t04.Notes.Single(), Does.StartWith("注：本表反映部门本年度一般公共预算财政拨款"));
        Assert.That(layouts.Find("06")!.Header, Has.Count.EqualTo(2), "公开06表 has no 栏次 row");
    }

    [Test]
    public void Restating_a_public_tables_header_in_tables_yaml_is_refused_at_the_key()
    {
        using var root = new TempFolder();
        var mine = Style(root.Path, "tables:\n  \"02\":\n    wide: true\n    header:\n      - [项目|c2]\n    title: 收入表\n");
        Read(root.Path, mine, out var bag);
        var refused = bag.Items.Where(d => d.Code == ComposeCodes.Style).ToList();
        Assert.That(refused.Select(d => (d.Location.Line, d.Message.Zh.Contains("公开02表"))), Is.EquivalentTo(new[] { (4, true), (6, true) }));
        Assert.That(bag.Items.Where(d => d.Code.Id == "FA1014"), Is.Empty, "not also reported as unknown keys");
    }

    [Test]
    public void A_public_table_left_out_of_tables_yaml_is_framed_by_its_descriptor_alone()
    {
        using var root = new TempFolder();
        var layouts = Read(root.Path, Style(root.Path, "tables:\n  \"01\":\n    wide: true\nform_labels:\n  unit: 单位：万元\n"), out var bag);
        Assert.That(bag.HasErrors, Is.False, string.Join("\n", bag.Items.Select(d => d.Message.En)));
        var t05 = layouts.Find("05")!;
        Assert.That((t05.Title, t05.Notes.Count, t05.Wide, t05.Weights.Count), Is.EqualTo(("一般公共预算财政拨款支出决算表", 0, false, 0)));
        Assert.That(t05.Header.Last().Cells.Select(c => c.Text), Is.EqualTo(new[] { "类/款/项", "栏次", "1", "2", "3" }));
    }

    private static string TemplatesRoot() => Path.Combine(SampleData.RepositoryRoot, "templates");

    /// <summary>A style "mine" under <paramref name="root"/>: the default style's files with this tables.yaml.</summary>
    private static string Style(string root, string tablesYaml)
    {
        SampleData.CopyDirectory(Path.Combine(TemplatesRoot(), "default"), Path.Combine(root, "mine"));
        File.WriteAllText(Path.Combine(root, "mine", TableLayouts.File), tablesYaml);
        return "mine";
    }

    private static TableLayouts Read(string root, string style, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        var house = HouseStyleReader.Read(root, style, bag);
        Assert.That(house, Is.Not.Null, string.Join("\n", bag.Items.Select(d => d.Message.En)));
        return TableLayouts.Read(house!, bag);
    }
}
