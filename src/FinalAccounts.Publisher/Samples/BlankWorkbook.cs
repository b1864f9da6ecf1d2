using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// The workbook <c>finacc new</c> gives a clerk to fill: one sheet per 公开表 (公开01表 …) in the official layout, from
/// the descriptors — title, 部门 and 金额单位 lines, merged header and 栏次 — with every fixed row already written (the
/// 行次 and names of 公开01/04表, 公开06表's standard rows and totals, the 合计 rows) and no figures. What
/// <see cref="Input.Workbooks.WorkbookTableSource"/> reads back from it is every table empty. Its last sheet, 上年数, lists
/// the prior-year figures to fill (<see cref="Input.Workbooks.PriorYearSheet"/>), blank: not a source until filled.
/// (When the build's workbook writer lands, this becomes that writer given empty tables.)
/// </summary>
internal static partial class BlankWorkbook
{
    private const int HeaderTop = 4;

    /// <summary>The blank workbook of a department of <paramref name="year"/>: the nine tables and the 上年数 sheet.</summary>
    public static byte[] Write(ReferenceLists lists, string department, int year)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var table in PublicTables.All)
            {
                var part = wb.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table, lists, department);
                wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = table.FormLabel });
            }

            var prior = wb.AddNewPart<WorksheetPart>();
            prior.Worksheet = PriorYearSheet(year - 1);
            wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(prior), SheetId = id, Name = Input.Workbooks.PriorYearSheet.Name });
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(TableDescriptor table, ReferenceLists lists, string department)
    {
        var cells = new SortedDictionary<(int Row, int Column), string>();
        var merges = new List<string>();
        var width = table.Leaves.Count;
        void Merge(int r1, int c1, int r2, int c2)
        {
            if (r1 != r2 || c1 != c2) merges.Add(Diagnostics.SourceLocation.CellName(r1, c1) + ":" + Diagnostics.SourceLocation.CellName(r2, c2));
        }

        cells[(1, 1)] = table.Title;
        Merge(1, 1, 1, width);
        cells[(2, width)] = table.FormLabel;
        cells[(3, 1)] = "部门：" + department;
        cells[(3, width)] = "金额单位：万元";
        var depth = table.Header.Max(h => h.Depth);
        var leaf = 0;
        void Place(HeaderNode node, int row)
        {
            var first = leaf + 1;
            if (node.IsLeaf) leaf++;
            foreach (var child in node.Children) Place(child, row + 1);
            cells[(row, first)] = node.Text;
            Merge(row, first, node.IsLeaf ? HeaderTop + depth - 1 : row, leaf);
        }

        foreach (var node in table.Header) Place(node, HeaderTop);
        var next = HeaderTop + depth;
        if (table.HasColumnNumbers)
        {
            for (var c = 0; c < width; c++)
                if (table.ColumnNumbers[c].Length > 0) cells[(next, c + 1)] = table.ColumnNumbers[c];
            next++;
        }

        foreach (var (row, column, text) in FixedRows(table, lists)) cells[(next + row, column)] = text;
        foreach (var (row, first, last) in TotalMerges(table, lists)) Merge(next + row, first, next + row, last);
        var sheet = new Worksheet(
            new Columns(Enumerable.Range(1, width).Select(c => new Column
            {
                Min = (uint)c, Max = (uint)c, CustomWidth = true,
                Width = table.Columns.First(d => d.Name == table.PrintedColumns[c - 1]).Role switch
                {
                    ColumnRole.Name => 36,
                    ColumnRole.Code or ColumnRole.Line => 10,
                    _ => 16,
                },
            })),
            new SheetData(cells.GroupBy(c => c.Key.Row).Select(r => new Row(r.Select(c => Cell(c.Key, c.Value))) { RowIndex = (uint)r.Key })));
        if (merges.Count > 0) sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        return sheet;
    }

    /// <summary>The fixed cells of the data rows (row 0 = first data row, column 1-based).</summary>
    private static IEnumerable<(int Row, int Column, string Text)> FixedRows(TableDescriptor table, ReferenceLists lists)
    {
        var blocks = BlockColumns(table);
        switch (table.Rows)
        {
            case LineRows lines:
                var names = Input.LineTableReader.Layout(lines, lists.Functional);
                for (var k = 1; k <= lines.IncomeLines; k++)
                    for (var b = 0; b < 2; b++)
                    {
                        var number = b * lines.IncomeLines + k;
                        yield return (k - 1, blocks[b]["行次"], number.ToString(CultureInfo.InvariantCulture));
                        if (names.TryGetValue(number, out var name)) yield return (k - 1, blocks[b]["项目"], name);
                    }

                break;
            case CodeRows { Standard.Count: > 0 } codes:
                var groups = EconomicGroups(codes, lists);
                for (var b = 0; b < groups.Count; b++)
                    for (var i = 0; i < groups[b].Count; i++)
                    {
                        yield return (i, blocks[b][ClassifiedForm.CodeColumn], groups[b][i].Code.Value);
                        yield return (i, blocks[b][ClassifiedForm.NameColumn], groups[b][i].Name);
                    }

                var last = groups.Max(g => g.Count);
                yield return (last, blocks[0][ClassifiedForm.CodeColumn], codes.Totals[0]);
                yield return (last, blocks[1][ClassifiedForm.CodeColumn], codes.Totals[1]);
                break;
            case CodeRows codes:
                yield return (0, blocks[0][ClassifiedForm.NameColumn], codes.Totals[0]);
                break;
        }
    }

    /// <summary>The merged labels of 公开06表's totals row: 人员经费合计 over code and name, 公用经费合计 up to the last amount.</summary>
    private static IEnumerable<(int Row, int First, int Last)> TotalMerges(TableDescriptor table, ReferenceLists lists)
    {
        if (table.Rows is not CodeRows { Standard.Count: > 0 } codes) yield break;
        var blocks = BlockColumns(table);
        var row = EconomicGroups(codes, lists).Max(g => g.Count);
        yield return (row, blocks[0][ClassifiedForm.CodeColumn], blocks[0][ClassifiedForm.NameColumn]);
        yield return (row, blocks[1][ClassifiedForm.CodeColumn], blocks[^1][ClassifiedForm.NameColumn]);
    }

    /// <summary>公开06表's standard rows in its three printed groups: 人员经费, 公用经费's first 类, its other 类.</summary>
    private static List<List<ClassificationEntry>> EconomicGroups(CodeRows codes, ReferenceLists lists)
    {
        var entries = codes.Standard.Select(c => lists.Economic.Find(new SubjectCode(c))!).ToList();
        var personnel = entries.Where(e => (e.Group ?? lists.Economic.Find(e.Code.Class)?.Group) == EconomicGroup.Personnel).ToList();
        var publicRows = entries.Except(personnel).ToList();
        var first = publicRows[0].Code.Class;
        return [personnel, publicRows.Where(e => e.Code.Class == first).ToList(), publicRows.Where(e => e.Code.Class != first).ToList()];
    }

    /// <summary>For each printed block, the sheet column (1-based) of each of its data columns.</summary>
    private static List<Dictionary<string, int>> BlockColumns(TableDescriptor table)
    {
        var result = new List<Dictionary<string, int>>();
        var column = 1;
        foreach (var block in table.Blocks)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in block.Columns) map.TryAdd(name, column++);
            result.Add(map);
        }

        return result;
    }

    private static Cell Cell((int Row, int Column) at, string text) => new()
    {
        CellReference = Diagnostics.SourceLocation.CellName(at.Row, at.Column),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
    };
}
