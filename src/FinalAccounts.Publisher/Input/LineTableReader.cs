using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads 公开01表 or 公开04表 as numbered lines. Line numbers and names must follow the standard layout (the 26 类 lines
/// take their names from the reference list); lines left out are zero, or computed when they are sums.
/// </summary>
internal static class LineTableReader
{
    public static LineTable Read(TableDescriptor table, SourceLocation source, TableInput? input, Classification functional, DiagnosticBag bag)
    {
        var rows = (LineRows)table.Rows;
        var layout = Layout(rows, functional);
        var (lineColumn, nameColumn) = (ClassifiedTableReader.Index(table, ColumnRole.Line), ClassifiedTableReader.Index(table, ColumnRole.Name));
        var amounts = ClassifiedTableReader.AmountColumns(table);
        var names = table.AmountNames;
        var given = new Dictionary<int, SummaryLine>();
        foreach (var r in input?.Rows ?? [])
        {
            var (line, name) = (r[lineColumn], r[nameColumn]);
            if (!int.TryParse(line.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !layout.TryGetValue(number, out var expected))
            {
                bag.Report(InputCodes.UnknownLine, line.Location, $"行次“{line.Text}”（{name.Text}）不在{table.Title}的标准表样中。",
                    $"Line '{line.Text}' ({name.Text}) is not in the standard layout of {table.Title}.");
                continue;
            }

            if (name.Text.Length > 0 && name.Text != expected)
                bag.Report(InputCodes.UnknownLine, name.Location, $"第 {number} 行的项目应为“{expected}”，实际为“{name.Text}”。",
                    $"Line {number} must be '{expected}', not '{name.Text}'.");
            if (given.ContainsKey(number))
            {
                bag.Report(InputCodes.DuplicateRow, line.Location, $"行次 {number} 出现了两次。", $"Line {number} appears twice.");
                continue;
            }

            var signed = rows.SignedLines.Contains(number);
            var values = amounts.Select(c => AmountParser.Parse(r[c].Text, r[c].Location, bag, signed, input!.Unit)).ToList();
            if (number <= rows.IncomeLines)
                for (var c = 1; c < values.Count; c++)
                    if (values[c].Value != 0m)
                        bag.Report(InputCodes.UnexpectedValue, values[c].Location, $"收入方第 {number} 行只填“{names[0]}”一栏。",
                            $"Income line {number} has only the '{names[0]}' column.");
            given[number] = new SummaryLine(number, expected, values, r.Location);
        }

        return new LineTable(table, source, Complete(table, layout, given, source));
    }

    /// <summary>Line number → standard name, including the 类 lines named by the reference list.</summary>
    public static IReadOnlyDictionary<int, string> Layout(LineRows rows, Classification functional)
    {
        var layout = rows.Fixed.ToDictionary(l => l.Number, l => l.Name);
        foreach (var entry in functional.SummaryClasses)
            layout[entry.SummaryLine!.Value + rows.ClassLineOffset] = entry.Name;
        return layout;
    }

    private static List<SummaryLine> Complete(TableDescriptor table, IReadOnlyDictionary<int, string> layout, Dictionary<int, SummaryLine> given,
        SourceLocation source)
    {
        var columns = table.Amounts.Count;
        var lines = new Dictionary<int, SummaryLine>(given);
        var zero = Enumerable.Range(0, columns).Select(_ => Amount.Computed(0m, source)).ToList();
        var sums = table.Identities.Lines.ToDictionary(i => i.Target);
        foreach (var number in layout.Keys.Order())
            if (!lines.ContainsKey(number) && !sums.ContainsKey(number))
                lines[number] = new SummaryLine(number, layout[number], zero, source);
        foreach (var identity in table.Identities.Lines)
        {
            if (lines.ContainsKey(identity.Target)) continue;
            var values = Enumerable.Range(0, columns)
                .Select(c => Amount.Computed(identity.Plus.Sum(p => lines.TryGetValue(p, out var l) ? l.Values[c].Value : 0m), source)).ToList();
            lines[identity.Target] = new SummaryLine(identity.Target, layout[identity.Target], values, source);
        }

        return lines.Values.OrderBy(l => l.Number).ToList();
    }
}
