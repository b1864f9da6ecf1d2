using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// Reads a table's rows from its sheet once the layout is known: each printed row gives one record per printed block
/// (公开01表: an income and an expenditure line; 公开06表: up to three economic rows; 公开09表: the 预算数 and 决算数
/// rows), each cell located at its sheet cell. Blank rows are skipped; a 注 line or the signature lines end the table.
/// A label merged over code and name columns (合计, 人员经费合计 …) belongs to the block whose amount follows it;
/// any other merged area in the data is an error at its first cell.
/// </summary>
internal static partial class SheetTableReader
{
    public static TableInput? Read(Worksheet sheet, TableDescriptor table, string display, DiagnosticBag bag) =>
        Read(sheet, table, (row, column) => SourceLocation.Cell(display, sheet.Name, row, column), bag);

    /// <summary>
    /// Reads the table with every place given by <paramref name="at"/> (row and column 1-based; 0, 0 is the whole
    /// table): a sheet's cells, or the rows of a document's table.
    /// </summary>
    public static TableInput? Read(Worksheet sheet, TableDescriptor table, Func<int, int, SourceLocation> at, DiagnosticBag bag)
    {
        if (sheet.Overflow is var (overRow, overColumn))
        {
            bag.Report(InputCodes.TooLarge, at(overRow, overColumn),
                $"工作表在这里还有内容，超出了读取范围（{InputLimits.SheetRows} 行、{InputLimits.SheetColumns} 列），整张表未读取。",
                $"The sheet holds something here, beyond the {InputLimits.SheetRows} rows and {InputLimits.SheetColumns} columns read; it was not read.");
            return null;
        }

        var layout = SheetLayout.Find(sheet, table, at, bag);
        if (layout is null) return null;
        var errors = bag.Count(Severity.Error);
        var blocks = table.Blocks.Select(_ => new List<InputRow>()).ToList();
        var reported = new HashSet<CellRange>();
        for (var r = layout.FirstDataRow; r <= sheet.LastRow; r++)
        {
            if (sheet.IsBlankRow(r)) continue;
            if (EndsTable(sheet, r)) break;
            var cells = Cells(sheet, layout, r, at, bag, reported);
            for (var b = 0; b < table.Blocks.Count; b++)
                if (Record(table, layout, b, r, cells, at, bag) is { } row) blocks[b].Add(row);
        }

        // A row the layout fixes (公开09表's 预算数 and 决算数) left blank is zeros, as on the printed form.
        for (var b = 0; b < table.Blocks.Count; b++)
            if (table.Blocks[b].Row.Length > 0 && blocks[b].Count == 0)
                blocks[b].Add(Blank(table, b, at(layout.FirstDataRow, layout.Columns.First(c => c.Block == b).First)));
        // Records in the data files' order: each block top to bottom (income lines, then expenditure lines); the totals
        // of a table printed in several blocks (公开06表's 人员经费合计, 公用经费合计) after all its rows.
        var rows = blocks.SelectMany(b => b).ToList();
        if (table.Blocks.Count > 1 && table.Rows is CodeRows { Totals: var totals } && table.ColumnOf(ColumnRole.Name) is { } name)
        {
            var index = table.Columns.ToList().IndexOf(name);
            rows = [.. rows.Where(r => !totals.Contains(r[index].Text)), .. rows.Where(r => totals.Contains(r[index].Text))];
        }

        if (IsEmptyForm(table, rows)) rows = [];
        return bag.Count(Severity.Error) > errors ? null : new TableInput(table, at(0, 0), rows)
        {
            Unit = layout.InYuan ? AmountUnit.Yuan : AmountUnit.WanYuan,
        };
    }

    /// <summary>
    /// Whether a classified table printed empty (its 合计 row without figures, and no 科目) is the empty table, whose data
    /// file holds only the header (公开07表 and 公开08表 of most departments).
    /// </summary>
    private static bool IsEmptyForm(TableDescriptor table, List<InputRow> rows)
    {
        if (table.Shape != TableShape.Classified || table.ColumnOf(ColumnRole.Code) is not { } code) return false;
        var index = table.Columns.ToList().IndexOf(code);
        var amounts = table.Columns.Select((c, i) => (c, i)).Where(p => p.c.Role == ColumnRole.Amount).Select(p => p.i).ToList();
        return rows.All(r => r[index].Text.Length == 0 && amounts.All(a => r[a].Text.Length == 0));
    }

    /// <summary>The cells of a data row by sheet column, with merged labels moved to the name cell of the block they belong to.</summary>
    private static Dictionary<int, SheetCell> Cells(Worksheet sheet, SheetLayout layout, int row, Func<int, int, SourceLocation> at,
        DiagnosticBag bag, HashSet<CellRange> reported)
    {
        var cells = layout.Columns.SelectMany(c => c.SheetColumns).ToDictionary(c => c, c => sheet[row, c]);
        var (first, last) = (layout.Columns[0].First, layout.Columns[^1].Last);
        foreach (var m in sheet.Merged.Where(m => m.FirstRow <= row && m.LastRow >= row && m.LastColumn >= first && m.FirstColumn <= last))
        {
            var covered = layout.Columns.Where(c => c.SheetColumns.Any(s => s >= m.FirstColumn && s <= m.LastColumn)).ToList();
            if (m.FirstRow == m.LastRow && covered.Count == 1 && covered[0].Data.Role == ColumnRole.Code) continue;
            var label = sheet[m.FirstRow, m.FirstColumn];
            var owner = covered.LastOrDefault();
            var isLabel = m.FirstRow == m.LastRow && owner is not null && label.Kind == SheetCellKind.Text && !label.IsEmpty &&
                          !covered.Any(c => c.Block == owner.Block && c.Data.IsAmount);
            if (!isLabel)
            {
                if (reported.Add(m))
                    bag.Report(InputCodes.MergedDataCell, at(m.FirstRow, m.FirstColumn),
                        $"数据区域中的单元格 {SourceLocation.CellName(m.FirstRow, m.FirstColumn)}:{SourceLocation.CellName(m.LastRow, m.LastColumn)} 是合并的。",
                        $"Cells {SourceLocation.CellName(m.FirstRow, m.FirstColumn)}:{SourceLocation.CellName(m.LastRow, m.LastColumn)} of the data are merged.");
                continue;
            }

            foreach (var c in covered.SelectMany(c => c.SheetColumns)) cells[c] = SheetCell.Empty;
            var target = layout.Columns.FirstOrDefault(c => c.Block == owner!.Block && c.Data.Role is ColumnRole.Name or ColumnRole.Item) ?? owner!;
            cells[target.First] = label;
        }

        return cells;
    }

    /// <summary>The record a block of a data row holds, or null when the block is blank there (its line number aside).</summary>
    private static InputRow? Record(TableDescriptor table, SheetLayout layout, int block, int row, Dictionary<int, SheetCell> cells,
        Func<int, int, SourceLocation> at, DiagnosticBag bag)
    {
        var printed = layout.Columns.Where(c => c.Block == block).ToList();
        var texts = printed.ToDictionary(c => c.Data.Name, c => Text(c, row, cells, at, bag));
        var (code, name) = (table.ColumnOf(ColumnRole.Code)?.Name, table.ColumnOf(ColumnRole.Name)?.Name);
        // A total's label written in the code column (合计 with no code): it is the row's name.
        if (code is not null && name is not null && texts.TryGetValue(code, out var c) && c.Length > 0 && !c.Any(char.IsAsciiDigit) &&
            texts.TryGetValue(name, out var n) && n.Length == 0)
            (texts[code], texts[name]) = ("", c);
        if (printed.All(p => p.Data.Role == ColumnRole.Line || texts[p.Data.Name].Length == 0)) return null;
        var origin = at(row, printed[0].First);
        return new InputRow(origin, table.Columns.Select(d =>
            printed.FirstOrDefault(p => p.Data == d) is { } p ? new InputCell(texts[d.Name], at(row, p.First))
            : d.Role == ColumnRole.Item ? new InputCell(table.Blocks[block].Row, origin)
            : new InputCell("", origin)).ToList());
    }

    private static InputRow Blank(TableDescriptor table, int block, SourceLocation at) =>
        new(at, table.Columns.Select(d => new InputCell(d.Role == ColumnRole.Item ? table.Blocks[block].Row : "", at)).ToList());

    private static string Text(PrintedColumn column, int row, Dictionary<int, SheetCell> cells,
        Func<int, int, SourceLocation> at, DiagnosticBag bag)
    {
        var parts = column.SheetColumns.Select(s => CellText.Of(cells[s], column.Data.Role, at(row, s), bag) ?? "").ToList();
        return parts.Count == 1 ? parts[0] : CellText.JoinCode(parts);
    }

    /// <summary>Whether a row ends the table: a note (注：…) or the signature line under it.</summary>
    private static bool EndsTable(Worksheet sheet, int row)
    {
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var text = SheetText.Normalise(sheet[row, c].Text);
            if (text.Length > 0) return Note().IsMatch(text);
        }

        return false;
    }

    [GeneratedRegex("^(注([：.、0-9１-９]|$)|说明：|备注：|单位负责人|制表人|填报人|审核人)")]
    private static partial Regex Note();
}
