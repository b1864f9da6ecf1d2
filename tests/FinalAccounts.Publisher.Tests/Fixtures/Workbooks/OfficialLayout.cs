using System.Globalization;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Fixtures.Workbooks;

/// <summary>
/// Lays out one table's data-file rows as a sheet in the official form, by hand (title, 部门 and unit lines, header
/// merged from the descriptor's heading tree, 栏次 row, the printed blocks side by side, notes), in one of the shapes
/// of <see cref="WorkbookShape"/>. Test code: it shares only the descriptors with the reader it tests.
/// </summary>
public sealed class OfficialLayout(TableDescriptor table, CsvText csv, WorkbookShape shape, Func<string, bool> isPersonnel)
{
    private const int TitleRows = 3;
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private readonly FixtureSheet sheet = new(table.FormLabel);
    private int zeros;
    private readonly List<(HeaderNode Leaf, string Data, int Block, int First, int Width)> columns = [];

    public FixtureSheet Build()
    {
        PlanColumns();
        var last = columns[^1].First + columns[^1].Width - 1;
        sheet[1, 1] = FixtureCell.Of(table.Title);
        sheet.Merge(1, 1, 1, last);
        sheet[2, last] = FixtureCell.Of(table.FormLabel);
        sheet[3, 1] = FixtureCell.Of((shape.DepartmentLine ? "部门：" : "编制单位：") + "武汉市洪山区经济信息化和科技创新局");
        sheet[3, last] = FixtureCell.Of(shape.InYuan ? "金额单位：元" : "金额单位：万元");
        var row = Header(TitleRows + 1);
        if (shape.ColumnNumbers) row = NumberRow(row);
        row = Data(row);
        sheet[row + 1, 1] = FixtureCell.Of("注：本表反映部门本年度的情况。");
        sheet[row + 2, 1] = FixtureCell.Of("2. 本套报表金额单位转换时可能存在尾数误差。");
        if (shape.HiddenColumns)
        {
            var amount = columns.First(c => table.Columns.First(d => d.Name == c.Data).IsAmount).First;
            sheet.InsertColumn(amount);
            sheet.HiddenColumns.Add(amount);
            sheet.InsertColumn(1);
            sheet.HiddenColumns.Add(1);
        }

        return sheet;
    }

    private void PlanColumns()
    {
        var next = 1;
        var leaves = table.Leaves;
        var data = table.PrintedColumns;
        var blockOf = table.Blocks.SelectMany((b, i) => b.Columns.Select(_ => i)).ToList();
        for (var i = 0; i < leaves.Count; i++)
        {
            var width = shape.SplitCodes && Role(data[i]) == ColumnRole.Code ? CodeParts : 1;
            columns.Add((leaves[i], data[i], blockOf[i], next, width));
            next += width;
        }
    }

    private int CodeParts => table.Rows is CodeRows { List: CodeList.Economic } ? 2 : 3;

    private int Header(int top)
    {
        var depth = table.Header.Max(h => h.Depth) + (shape.SplitCodes ? 1 : 0) + (shape.DeeperHeader ? 1 : 0);
        var bottom = top + depth - 1;
        var leafIndex = 0;
        void Place(HeaderNode node, int row)
        {
            var firstLeaf = leafIndex;
            if (node.IsLeaf)
            {
                var c = columns[leafIndex++];
                var split = c.Width > 1;
                sheet[row, c.First] = FixtureCell.Of(node.Text);
                sheet.Merge(row, c.First, split ? bottom - 1 : bottom, c.First + c.Width - 1);
                if (split)
                    for (var p = 0; p < c.Width; p++) sheet[bottom, c.First + p] = FixtureCell.Of("类款项"[p].ToString());
                return;
            }

            foreach (var child in node.Children) Place(child, row + 1);
            var (from, to) = (columns[firstLeaf], columns[leafIndex - 1]);
            sheet[row, from.First] = FixtureCell.Of(node.Text);
            sheet.Merge(row, from.First, row, to.First + to.Width - 1);
        }

        foreach (var node in table.Header) Place(node, top);
        return bottom + 1;
    }

    private int NumberRow(int row)
    {
        foreach (var c in columns.Where(c => c.Leaf.Number.Length > 0))
        {
            sheet[row, c.First] = int.TryParse(c.Leaf.Number, out var n) ? FixtureCell.Of(n) : FixtureCell.Of(c.Leaf.Number);
            sheet.Merge(row, c.First, row, c.First + c.Width - 1);
        }

        return row + 1;
    }

    private int Data(int row)
    {
        var records = csv.Rows.Skip(1).ToList();
        switch (table.Shape)
        {
            case TableShape.Lines:
                var lines = (LineRows)table.Rows;
                for (var k = 1; k <= lines.IncomeLines; k++, row++)
                {
                    Line(row, 0, k, lines, records);
                    Line(row, 1, lines.IncomeLines + k, lines, records);
                }

                return row;
            case TableShape.EconomicDetail:
                var publicRows = records.Where(r => r[0].Length > 0 && !isPersonnel(r[0])).ToList();
                var firstPublic = publicRows.FirstOrDefault()?[0][..3];
                var groups = new[]
                {
                    records.Where(r => r[0].Length > 0 && isPersonnel(r[0])).ToList(),
                    publicRows.Where(r => r[0][..3] == firstPublic).ToList(),
                    publicRows.Where(r => r[0][..3] != firstPublic).ToList(),
                };
                for (var i = 0; i < groups.Max(g => g.Count); i++, row++)
                    for (var b = 0; b < 3; b++)
                        if (i < groups[b].Count) Record(row, b, groups[b][i]);
                var totals = records.Where(r => r[0].Length == 0).ToList();
                if (totals.Count == 0) return row;
                var (c0, c1, c2) = (Block(0), Block(1), Block(2));
                sheet[row, c0[0].First] = FixtureCell.Of(totals[0][1]);
                sheet.Merge(row, c0[0].First, row, c0[1].First + c0[1].Width - 1);
                sheet[row, c0[2].First] = Amount(totals[0][2], formula: true);
                sheet[row, c1[0].First] = FixtureCell.Of(totals[1][1]);
                sheet.Merge(row, c1[0].First, row, c2[1].First + c2[1].Width - 1);
                sheet[row, c2[2].First] = Amount(totals[1][2], formula: true);
                return row + 1;
            case TableShape.BudgetActual:
                for (var b = 0; b < 2; b++) Record(row, b, records.First(r => r[0] == table.Blocks[b].Row));
                return row + 1;
            default:
                foreach (var r in records) Record(row++, 0, r);
                return row;
        }
    }

    private void Line(int row, int block, int number, LineRows lines, List<List<string>> records)
    {
        var record = records.FirstOrDefault(r => r[0] == number.ToString(CultureInfo.InvariantCulture));
        var name = record?[1] is { Length: > 0 } n ? n : lines.FixedName(number) ?? "";
        if (name.Length > 0 && Ordinal(number, lines) is { } ordinal) name = ordinal + "、" + name;
        var values = record ?? [number.ToString(CultureInfo.InvariantCulture), name, .. csv.Header.Skip(2).Select(_ => "")];
        Record(row, block, [values[0], name, .. values.Skip(2)]);
    }

    /// <summary>The printed ordinal of a line: 一 … 八 for the income sources, 一 … 二十六 for the 类.</summary>
    private static string? Ordinal(int number, LineRows lines)
    {
        var k = number <= 8 ? number : number >= lines.FirstClassLine && number <= lines.LastClassLine ? number - lines.FirstClassLine + 1 : 0;
        if (k == 0) return null;
        return k <= 10 ? Numerals[k - 1] : k < 20 ? "十" + Numerals[k - 11] : Numerals[k / 10 - 1] + "十" + (k % 10 == 0 ? "" : Numerals[k % 10 - 1]);
    }

    private List<(HeaderNode Leaf, string Data, int Block, int First, int Width)> Block(int block) => columns.Where(c => c.Block == block).ToList();

    private void Record(int row, int block, List<string> record)
    {
        var isTotal = record.Count > 1 && (record[1].Contains("合计") || record[1] == "总计" || record[0].Length == 3);
        foreach (var c in Block(block))
        {
            var text = record[csv.Column(c.Data)];
            var role = Role(c.Data);
            if (role == ColumnRole.Amount) sheet[row, c.First] = Amount(text, formula: isTotal);
            else if (role == ColumnRole.Code && c.Width > 1 && text.Length > 0)
                for (var p = 0; p * 2 + 3 <= text.Length && p < c.Width; p++)
                    sheet[row, c.First + p] = FixtureCell.Of(p == 0 ? text[..3] : text.Substring(1 + p * 2, 2));
            else if (role == ColumnRole.Line && text.Length > 0) sheet[row, c.First] = FixtureCell.Of(decimal.Parse(text, CultureInfo.InvariantCulture));
            else if (role == ColumnRole.Item && table.Blocks[block].Row.Length > 0) continue;
            else if (text.Length > 0) sheet[row, c.First] = FixtureCell.Of(text);
        }
    }

    private FixtureCell? Amount(string text, bool formula)
    {
        var value = text.Length == 0 ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture);
        if (shape.InYuan && value != 0m) value = value * 10_000m + (!shape.YuanTails ? 0m : value > 0 ? 12.34m : -12.34m);
        if (value == 0m)
            return shape.TextNumbers ? FixtureCell.Of(new[] { "-", "0", "0.00" }[zeros++ % 3]) : null;
        if (shape.TextNumbers) return FixtureCell.Of(value.ToString("#,##0.00", CultureInfo.InvariantCulture));
        return formula && shape.Formulas ? new FixtureCell(Number: value, Formula: "SUM(Z1:Z2)") : FixtureCell.Of(value);
    }

    private ColumnRole Role(string data) => table.Columns.First(c => c.Name == data).Role;

    /// <summary>The sheet name a shape gives a table.</summary>
    public static string SheetName(TableDescriptor table, WorkbookShape shape) => shape.Naming switch
    {
        SheetNaming.FormLabel => table.FormLabel,
        SheetNaming.Title when table.Number == 9 => ("洪山区经信局2024年度" + table.Aliases[0])[..31],
        SheetNaming.Title => table.Title,
        _ => "Sheet" + table.Number.ToString(CultureInfo.InvariantCulture),
    };
}
