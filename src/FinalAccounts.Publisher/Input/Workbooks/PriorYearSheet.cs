using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using YamlDotNet.RepresentationModel;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// The workbook's 上年数 sheet: prior-year.yaml as a table to fill in Excel. Under a header row 键 | 项目 | 上年数 |
/// 调整原因, each row gives one figure by its prior-year.yaml key, nested keys joined by dots (<c>income_total</c>,
/// <c>three_public.total</c>, <c>t01.29</c>, <c>gpb_classes.201</c>, <c>earlier.year</c>); 项目 is its name for the
/// clerk and is not read; a 调整原因 makes it an adjusted 上年数 (prior-year.yaml's <c>amount</c> and <c>reason</c>).
/// Amounts are in 万元, or in 元 when a 金额单位 line above the header says so. The rows are read as the mapping
/// prior-year.yaml would be, so every rule and message is the file's, placed at the cell. A sheet with no figure (only
/// its year, as <c>finacc new</c> writes it) is not a source.
/// </summary>
internal static class PriorYearSheet
{
    public const string Name = "上年数";

    public const string KeyHeader = "键", ItemHeader = "项目", AmountHeader = "上年数", ReasonHeader = "调整原因";

    /// <summary>How many rows at the top of the sheet may hold its title, unit line and header.</summary>
    private const int TopRows = 10;

    /// <summary>The figures the blank sheet lists (<c>finacc new</c>): those prior-year.yaml requires and the named optional ones.</summary>
    public static IReadOnlyList<(PriorFigure Figure, string Item)> BlankRows { get; } =
    [
        (PriorFigure.IncomeExpenditureTotal, "收、支总计（公开01表 总计）"), (PriorFigure.IncomeTotal, "本年收入合计"),
        (PriorFigure.ExpenditureTotal, "本年支出合计"), (PriorFigure.FiscalTotal, "财政拨款收、支总计（公开04表 总计）"),
        (PriorFigure.GpbIncome, "一般公共预算财政拨款收入"), (PriorFigure.GpbExpenditure, "一般公共预算财政拨款支出"),
        (PriorFigure.ThreePublicTotal, "“三公”经费合计"), (PriorFigure.ThreePublicOverseas, "因公出国（境）费"),
        (PriorFigure.ThreePublicVehiclePurchase, "公务用车购置费"), (PriorFigure.ThreePublicVehicleOperation, "公务用车运行维护费"),
        (PriorFigure.ThreePublicReception, "公务接待费"), (PriorFigure.OperatingFunds, "机关运行经费（可选）"),
        (PriorFigure.BasicExpenditure, "基本支出（可选）"), (PriorFigure.ProjectExpenditure, "项目支出（可选）"),
    ];

    public static bool IsNamed(string sheetName) => SheetText.Normalise(sheetName) == Name;

    /// <summary>The sheet as prior-year.yaml's mapping, or null when it gives no figure (or has no header: reported).</summary>
    public static YamlMap? Read(Worksheet sheet, string display, DiagnosticBag bag)
    {
        SourceLocation At(int row, int column) => SourceLocation.Cell(display, sheet.Name, row, column);
        var whole = SourceLocation.OfSheet(display, sheet.Name);
        if (Header(sheet) is not var (top, keys, amounts, reasons))
        {
            if (sheet.LastRow > 0)
                bag.Report(InputCodes.PriorSheetHeader, whole, $"“{Name}”表中找不到表头“{KeyHeader}”和“{AmountHeader}”，未读取。",
                    $"The {Name} sheet has no header row with '{KeyHeader}' and '{AmountHeader}'; it was not read.");
            return null;
        }

        var places = new Dictionary<YamlNode, SourceLocation>(ReferenceEqualityComparer.Instance);
        YamlScalarNode Scalar(string text, SourceLocation at)
        {
            var node = new YamlScalarNode(text);
            places[node] = at;
            return node;
        }

        var root = new YamlMappingNode();
        places[root] = whole;
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var figures = 0;
        for (var r = top + 1; r <= sheet.LastRow; r++)
        {
            var key = sheet[r, keys].Text.Trim();
            var value = Value(sheet[r, amounts], At(r, amounts), bag);
            var reason = reasons > 0 ? sheet[r, reasons].Text.Trim() : "";
            if (key.Length == 0 || (value is null && reason.Length == 0)) continue;
            if (rows.TryGetValue(key, out var first))
            {
                bag.Report(InputCodes.PriorTwice, At(r, keys), $"“{key}”已在第 {first} 行填写。", $"'{key}' is already given on row {first}.");
                continue;
            }

            rows[key] = r;
            if (Parent(root, key, At(r, keys), Scalar) is not { } parent)
            {
                bag.Report(InputCodes.UnknownKey, At(r, keys), $"“{key}”不是 prior-year.yaml 的键（见 data/README.md）。",
                    $"'{key}' is not a key of prior-year.yaml (see data/README.md).");
                continue;
            }

            YamlNode leaf = Scalar(value ?? "", At(r, amounts));
            if (reason.Length > 0)
            {
                var adjusted = new YamlMappingNode
                {
                    { Scalar(PriorYearReader.AmountKey, At(r, amounts)), leaf },
                    { Scalar(PriorYearReader.ReasonKey, At(r, reasons)), Scalar(reason, At(r, reasons)) },
                };
                places[adjusted] = At(r, amounts);
                leaf = adjusted;
            }

            parent.Add(Scalar(key[(key.LastIndexOf('.') + 1)..], At(r, keys)), leaf);
            if (key != "year") figures++;
        }

        if (figures == 0) return null;
        var unit = SheetLayout.Unit(sheet, top, At, bag) == true ? AmountUnit.Yuan : AmountUnit.WanYuan;
        return new YamlMap(display, root, bag, locator: n => places.GetValueOrDefault(n, whole)) { Unit = unit };
    }

    /// <summary>The mapping a dotted key's last part goes in (made as needed), or null when a part is taken by a value.</summary>
    private static YamlMappingNode? Parent(YamlMappingNode root, string key, SourceLocation at, Func<string, SourceLocation, YamlScalarNode> scalar)
    {
        var parts = key.Split('.');
        var map = root;
        foreach (var part in parts[..^1])
        {
            var child = map.Children.FirstOrDefault(c => ((YamlScalarNode)c.Key).Value == part).Value;
            if (child is null)
            {
                var made = new YamlMappingNode();
                map.Add(scalar(part, at), made);
                // The mapping's own place is where its first key was written.
                map = made;
                continue;
            }

            if (child is not YamlMappingNode nested) return null;
            map = nested;
        }

        return parts.Any(p => p.Length == 0) || map.Children.Any(c => ((YamlScalarNode)c.Key).Value == parts[^1]) ? null : map;
    }

    /// <summary>The header row and its 键, 上年数 and 调整原因 columns (0 when there is none), or null.</summary>
    private static (int Row, int Keys, int Amounts, int Reasons)? Header(Worksheet sheet)
    {
        for (var r = 1; r <= Math.Min(TopRows, sheet.LastRow); r++)
        {
            int Column(string heading) => Enumerable.Range(1, sheet.LastColumn)
                .FirstOrDefault(c => SheetText.Normalise(sheet[r, c].Text).StartsWith(heading, StringComparison.Ordinal));
            var keys = Enumerable.Range(1, sheet.LastColumn).FirstOrDefault(c => SheetText.Normalise(sheet[r, c].Text) == KeyHeader);
            var amounts = Column(AmountHeader);
            if (keys > 0 && amounts > 0) return (r, keys, amounts, Column(ReasonHeader));
        }

        return null;
    }

    /// <summary>A value's text as prior-year.yaml would hold it: null when blank; a dash is 0; a number as Excel shows it.</summary>
    private static string? Value(SheetCell cell, SourceLocation at, DiagnosticBag bag)
    {
        if (cell.Kind is SheetCellKind.Error or SheetCellKind.Uncomputed) return CellText.Of(cell, Model.Tables.ColumnRole.Amount, at, bag);
        if (cell.IsEmpty) return null;
        var text = cell.Text.Trim();
        if (CellText.IsDash(text)) return "0";
        if (cell.Kind == SheetCellKind.Number && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return Rounding.Round(number, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text;
    }
}
