using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads 公开01表 or 公开04表 as numbered lines. Line numbers and names must follow the standard layout (the 26 类 lines
/// take their names from the reference list); lines left out are zero, or computed when they are sums.
/// </summary>
internal static class LineTableReader
{
    public static LineTable Read(DataFolder folder, LineSchema schema, Classification functional, DiagnosticBag bag, ISet<string> unavailable)
    {
        var layout = Layout(schema, functional);
        var columns = new List<string> { TableSchemas.LineColumn, TableSchemas.ItemColumn };
        columns.AddRange(schema.Columns);
        var file = CsvFileReader.Read(folder, schema.File, columns, required: true, bag);
        var display = folder.Display(schema.File);
        var given = new Dictionary<int, SummaryLine>();
        if (file is null) unavailable.Add(display);
        foreach (var r in file?.Records ?? [])
        {
            var lineText = file!.Get(r, TableSchemas.LineColumn);
            var name = file.Get(r, TableSchemas.ItemColumn);
            if (!int.TryParse(lineText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !layout.TryGetValue(number, out var expected))
            {
                bag.Report(InputCodes.UnknownLine, file.At(r, TableSchemas.LineColumn), $"行次“{lineText}”（{name}）不在{schema.Title}的标准表样中。",
                    $"Line '{lineText}' ({name}) is not in the standard layout of {schema.Title}.");
                continue;
            }

            if (name.Length > 0 && name != expected)
                bag.Report(InputCodes.UnknownLine, file.At(r, TableSchemas.ItemColumn), $"第 {number} 行的项目应为“{expected}”，实际为“{name}”。",
                    $"Line {number} must be '{expected}', not '{name}'.");
            if (given.ContainsKey(number))
            {
                bag.Report(InputCodes.DuplicateRow, file.At(r, TableSchemas.LineColumn), $"行次 {number} 出现了两次。", $"Line {number} appears twice.");
                continue;
            }

            var signed = schema.SignedLines?.Contains(number) == true;
            var values = schema.Columns.Select(c => AmountParser.Parse(file.Get(r, c), file.At(r, c), bag, signed)).ToList();
            if (number <= schema.IncomeLines)
                for (var c = 1; c < values.Count; c++)
                    if (values[c].Value != 0m)
                        bag.Report(InputCodes.UnexpectedValue, values[c].Location, $"收入方第 {number} 行只填“{schema.Columns[0]}”一栏。",
                            $"Income line {number} has only the '{schema.Columns[0]}' column.");
            given[number] = new SummaryLine(number, expected, values, file.At(r));
        }

        return new LineTable(schema.Id, display, schema.Columns, Complete(schema, layout, given, display));
    }

    /// <summary>Line number → standard name, including the 类 lines named by the reference list.</summary>
    public static IReadOnlyDictionary<int, string> Layout(LineSchema schema, Classification functional)
    {
        var layout = schema.FixedLines.ToDictionary(l => l.Number, l => l.Name);
        foreach (var entry in functional.SummaryClasses)
            layout[entry.SummaryLine!.Value + schema.ClassLineOffset] = entry.Name;
        return layout;
    }

    private static List<SummaryLine> Complete(LineSchema schema, IReadOnlyDictionary<int, string> layout, Dictionary<int, SummaryLine> given, string file)
    {
        var lines = new Dictionary<int, SummaryLine>(given);
        var zero = schema.Columns.Select(_ => Amount.Computed(0m, file)).ToList();
        var sums = schema.Identities.ToDictionary(i => i.Target);
        foreach (var number in layout.Keys.Order())
            if (!lines.ContainsKey(number) && !sums.ContainsKey(number))
                lines[number] = new SummaryLine(number, layout[number], zero, SourceLocation.OfFile(file));
        foreach (var identity in schema.Identities)
        {
            if (lines.ContainsKey(identity.Target)) continue;
            var values = Enumerable.Range(0, schema.Columns.Count)
                .Select(c => Amount.Computed(identity.Plus.Sum(p => lines.TryGetValue(p, out var l) ? l.Values[c].Value : 0m), file)).ToList();
            lines[identity.Target] = new SummaryLine(identity.Target, layout[identity.Target], values, SourceLocation.OfFile(file));
        }

        return lines.Values.OrderBy(l => l.Number).ToList();
    }
}
