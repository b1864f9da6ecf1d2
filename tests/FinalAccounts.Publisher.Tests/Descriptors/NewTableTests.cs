using System.Text;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.Tests.Support;
using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Tests.Descriptors;

/// <summary>
/// A 公开10表 is one descriptor and its identities: read from any source, checked, printed, listed for the template and
/// written as open data by the code that serves the nine, with no other change.
/// </summary>
public sealed class NewTableTests
{
    private const string Workbook = "tables.xlsx";

    /// <summary>A classified table as some provinces add it: 政府性基金 income by 科目, 合计 = 基本 + 项目.</summary>
    private static readonly TableDescriptor Table10 = ClassifiedForm.Table(10, "政府性基金预算财政拨款收入决算表", [],
        ["本年收入", "基本支出", "项目支出"], ClassifiedForm.Numbered(Leaf("本年收入"), Group("本年支出", Leaf("基本支出"), Leaf("项目支出"))),
        [new RowIdentity(0, [1, 2], [])]);

    [Test]
    public void A_table_described_once_is_read_checked_printed_and_published()
    {
        var sample = new DepartmentLoader().Load(SampleData.DepartmentFolder);
        var bag = new DiagnosticBag();
        var t10 = PublicTableReader.Read(Table10, new OneSheet(), sample.Model!.Reference, bag, new HashSet<string>());
        Assert.That(bag.Items, Is.Empty, string.Join("\n", bag.Items.Select(d => d.Message.En)));
        var model = sample.Model with { Tables = [.. sample.Model.Tables, t10] };

        var load = new LoadResult(sample.Folder, model, new DiagnosticBag(), new HashSet<string>());
        Checker.Run(load);
        var rowSum = load.Diagnostics.Items.Single(d => d.Code == CheckCodes.RowSum);
        Assert.That(rowSum.Location.ToString(), Is.EqualTo("tables.xlsx:公开10表!C4"));
        Assert.That((rowSum.Figures!.Expected, rowSum.Figures.Actual), Is.EqualTo((7m, 6m)));
        Assert.That(load.Diagnostics.Items.Where(d => d.Code == CheckCodes.Hierarchy).Select(d => d.Location.ToString()),
            Is.EquivalentTo(new[] { "tables.xlsx:公开10表!C3" }), "款 20601 = Σ its 项 is checked too");

        var printed = PrintedTable.Of(t10);
        Assert.That(printed.Rows.Select(r => r.Cells[0].Text), Is.EqualTo(new[] { "合计", "206", "20601", "2060101" }));
        var facts = FactsBuilder.Build(model);
        Assert.That(facts.PublicTables.Last(), Is.EqualTo(new PublicTableFacts("10", 10, Table10.Title, "公开10表", false)));
        var json = Encoding.UTF8.GetString(OpenDataWriter.Write(model, facts));
        Assert.That(json, Does.Contain("\"10\": {"));
    }

    /// <summary>公开10表 as a workbook sheet would give it: a 款 whose figure differs from its 项, and a 项 whose 本年收入 ≠ 基本 + 项目.</summary>
    private sealed class OneSheet : ITableSource
    {
        public SourceLocation SourceOf(TableDescriptor table) => SourceLocation.OfSheet(Workbook, table.FormLabel);

        public TableInput? Read(TableDescriptor table, DiagnosticBag bag) => new(table, SourceOf(table),
        [
            Row(table, 3, "20601", "科学技术管理事务", "7", "2", "5"),
            Row(table, 4, "2060101", "行政运行", "6", "2", "5"),
        ]);

        private static InputRow Row(TableDescriptor table, int row, params string[] texts) =>
            new(SourceLocation.Cell(Workbook, table.FormLabel, row, 1),
                texts.Select((t, i) => new InputCell(t, SourceLocation.Cell(Workbook, table.FormLabel, row, i + 1))).ToList());
    }
}
