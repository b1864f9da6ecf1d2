using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Input;
using Prior = FinalAccounts.Publisher.Input.Workbooks.PriorYearSheet;

namespace FinalAccounts.Publisher.Samples;

internal static partial class BlankWorkbook
{
    /// <summary>
    /// The 上年数 sheet to fill: a title, a note on when to fill it, the unit line, the header (键, 项目, 上年数, 调整原因),
    /// the prior year and a row per figure prior-year.yaml requires or names, amounts blank.
    /// </summary>
    private static Worksheet PriorYearSheet(int priorYear)
    {
        var cells = new SortedDictionary<(int Row, int Column), string>
        {
            [(1, 1)] = "上年数（与上年相比所用的上年决算数）",
            [(2, 1)] = "上年文件夹 data/<上年>/<部门标识>/ 存在时上年数取自它，本表可不填；本表与 prior-year.yaml 只填一处。" +
                       "要比较更多的数时，照 data/README.md 添行，如键 t01.29（公开01表第29行）、gpb_classes.206（科学技术支出）。",
            [(3, 4)] = "金额单位：万元",
            [(4, 1)] = Prior.KeyHeader, [(4, 2)] = Prior.ItemHeader, [(4, 3)] = Prior.AmountHeader, [(4, 4)] = Prior.ReasonHeader,
            [(5, 1)] = "year", [(5, 2)] = "上年度", [(5, 3)] = priorYear.ToString(CultureInfo.InvariantCulture),
        };
        var row = 6;
        foreach (var (figure, item) in Prior.BlankRows)
        {
            cells[(row, 1)] = PriorYearReader.Name(figure);
            cells[(row++, 2)] = item;
        }

        return new Worksheet(
            new Columns(new[] { 32, 36, 16, 40 }.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true, Width = w })),
            new SheetData(cells.GroupBy(c => c.Key.Row).Select(r => new Row(r.Select(c => Cell(c.Key, c.Value))) { RowIndex = (uint)r.Key })),
            new MergeCells(new MergeCell { Reference = "A1:D1" }, new MergeCell { Reference = "A2:D2" }));
    }
}
