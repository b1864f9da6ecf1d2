using System.Globalization;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// The body rows of a one-block classified table (code, name, amounts) put back under their columns, as a document's
/// text loses them: a PDF copied to text shifts a row's cells by the spans the print had (the code over 类/款/项, an
/// empty cell after the name). Each row is read for what it holds — a code, then its name, then its amounts in order,
/// extra empty cells at their start or end dropped — and written under the columns the header gave. A row already in
/// place is written unchanged.
/// </summary>
internal static class TextRows
{
    public static Worksheet Realign(Worksheet sheet, SheetLayout layout, TableDescriptor table)
    {
        if (table.Shape != TableShape.Classified || table.Blocks.Count != 1) return sheet;
        var code = layout.Columns.FirstOrDefault(c => c.Data.Role == ColumnRole.Code);
        var name = layout.Columns.FirstOrDefault(c => c.Data.Role == ColumnRole.Name);
        var amounts = layout.Columns.Where(c => c.Data.IsAmount).ToList();
        if (code is null || name is null || amounts.Count == 0) return sheet;
        var cells = new Dictionary<(int Row, int Column), SheetCell>();
        for (var r = 1; r <= sheet.LastRow; r++)
        {
            var row = Enumerable.Range(1, sheet.LastColumn).Select(c => sheet[r, c].IsEmpty ? "" : sheet[r, c].Text.Trim()).ToList();
            var fitted = r < layout.FirstDataRow ? null : Fit(row, amounts.Count);
            if (fitted is null)
            {
                for (var c = 1; c <= sheet.LastColumn; c++)
                    if (!sheet[r, c].IsEmpty) cells[(r, c)] = sheet[r, c];
                continue;
            }

            var (codeText, nameText, values) = fitted.Value;
            if (codeText.Length > 0) cells[(r, code.First)] = new SheetCell(SheetCellKind.Text, codeText);
            cells[(r, name.First)] = new SheetCell(SheetCellKind.Text, nameText);
            for (var i = 0; i < amounts.Count; i++)
                if (values[i].Length > 0) cells[(r, amounts[i].First)] = new SheetCell(SheetCellKind.Text, values[i]);
        }

        var header = sheet.Merged.Where(m => m.LastRow < layout.FirstDataRow).ToList();
        return new Worksheet(sheet.Name, cells, header, sheet.HiddenColumns, sheet.Overflow);
    }

    /// <summary>A row's code, name and exactly <paramref name="count"/> amount cells, or null when it is not such a row.</summary>
    private static (string Code, string Name, List<string> Amounts)? Fit(List<string> row, int count)
    {
        var start = row.FindIndex(t => t.Length > 0);
        if (start < 0) return null;
        var code = IsCode(row[start]) ? row[start] : "";
        var at = row.FindIndex(code.Length > 0 ? start + 1 : start, t => t.Length > 0);
        if (at < 0 || IsAmount(row[at])) return null;
        var rest = row.Skip(at + 1).ToList();
        if (rest.Any(t => t.Length > 0 && !IsAmount(t))) return null;
        while (rest.Count > count && rest[0].Length == 0) rest.RemoveAt(0);
        while (rest.Count > count && rest[^1].Length == 0) rest.RemoveAt(rest.Count - 1);
        while (rest.Count < count) rest.Add("");
        return rest.Count == count ? (code, row[at], rest) : null;
    }

    private static bool IsCode(string text) => text.Length is >= 3 and <= 7 && text.All(char.IsAsciiDigit);

    private static bool IsAmount(string text) =>
        text is "-" or "—" || decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
