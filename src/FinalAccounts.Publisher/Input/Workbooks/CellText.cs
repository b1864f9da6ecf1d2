using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// A workbook cell as the text a data file would hold, by the role of its column: amounts in 万元 (blank, "-", "0" and
/// "0.00" are zero; numbers stored as text may have thousands separators; 元 are passed on as 元),
/// codes and line numbers as digits, names without their printed ordinal (一、). Text that is not a number is passed on
/// for the table readers to report, at the cell, as they do for CSV.
/// </summary>
internal static class CellText
{
    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "-", "—", "－", "--", "——", "/" };

    /// <summary>The data-file text of a cell, or null when the cell holds an error or an uncomputed formula (reported).</summary>
    public static string? Of(SheetCell cell, ColumnRole role, SourceLocation at, DiagnosticBag bag)
    {
        switch (cell.Kind)
        {
            case SheetCellKind.Error:
                bag.Report(InputCodes.FormulaResult, at, $"单元格是错误值 {cell.Text}，不是{What(role)}。",
                    $"The cell holds the error value {cell.Text}, not {WhatEn(role)}.");
                return null;
            case SheetCellKind.Uncomputed:
                bag.Report(InputCodes.FormulaResult, at, "单元格中的公式没有保存计算结果（文件不是由 Excel 保存的，或保存前未重新计算）。",
                    "The cell's formula has no saved result (the file was not saved by Excel, or not recalculated before saving).");
                return null;
            case SheetCellKind.Empty:
                return "";
        }

        var text = cell.Text.Trim();
        return role switch
        {
            ColumnRole.Amount => Amount(cell, text),
            ColumnRole.Code or ColumnRole.Line => cell.Kind == SheetCellKind.Number ? Integer(text) : text,
            _ => SheetText.WithoutOrdinal(text),
        };
    }

    /// <summary>Whether a cell's text is a dash, which tables print for zero.</summary>
    public static bool IsDash(string text) => Dashes.Contains(text.Trim());

    /// <summary>A code split into 类, 款 and 项 cells joined: 201 | 3 | 1 → 2010301 (款 and 项 are two digits).</summary>
    public static string JoinCode(IReadOnlyList<string> parts)
    {
        var filled = parts.Where(p => p.Length > 0).ToList();
        if (filled.Count <= 1) return filled.FirstOrDefault() ?? "";
        return filled[0] + string.Concat(filled.Skip(1).Select(p => p.Length == 1 && char.IsAsciiDigit(p[0]) ? "0" + p : p));
    }

    private static string Amount(SheetCell cell, string text)
    {
        if (Dashes.Contains(text)) return "";
        var plain = text.Replace(",", "", StringComparison.Ordinal);
        var isNumber = decimal.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        if (!isNumber) return text;
        if (value == 0m) return "";
        // Text with more than two decimals goes on as written (the amount reader reports it); a number is what Excel
        // shows, rounded to the cent of the sheet's unit. 元 stay 元: the table input says so, and the amount reader
        // converts them to 万元 exactly (AmountUnit), so nothing is rounded before it is printed.
        if (cell.Kind == SheetCellKind.Text && value != Rounding.Round(value, 2)) return text;
        return Rounding.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static string Integer(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n)
            ? n.ToString("0", CultureInfo.InvariantCulture)
            : text;

    private static string What(ColumnRole role) => role switch
    {
        ColumnRole.Amount => "金额",
        ColumnRole.Code => "科目编码",
        ColumnRole.Line => "行次",
        _ => "文字",
    };

    private static string WhatEn(ColumnRole role) => role switch
    {
        ColumnRole.Amount => "an amount",
        ColumnRole.Code => "a code",
        ColumnRole.Line => "a line number",
        _ => "text",
    };
}
