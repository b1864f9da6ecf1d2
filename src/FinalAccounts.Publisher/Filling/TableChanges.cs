using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// What filling changes in the nine tables, found by comparing the department's model before and after, record by
/// record (by code, 行次 or 项目): each figure the source holds that gets another value, at its cell; and each row the
/// source leaves out (a subtotal the tool computed) that holds a figure, at its file. Amounts are shown in the unit the
/// source writes them in.
/// </summary>
internal static class TableChanges
{
    public static IEnumerable<FillChange> Between(DepartmentYear before, DepartmentYear after, bool workbook)
    {
        foreach (var (old, filled) in before.Tables.Zip(after.Tables))
        {
            var finals = filled.Records().ToDictionary(Key);
            var given = new HashSet<string>(StringComparer.Ordinal);
            var columns = old.Table.AmountNames;
            foreach (var record in old.Records())
            {
                if (record.Amounts.Any(a => a.IsGiven)) given.Add(Key(record));
                if (!finals.TryGetValue(Key(record), out var now)) continue;
                for (var c = 0; c < record.Amounts.Count; c++)
                    if (record.Amounts[c] is { IsGiven: true } a && a.Value != now.Amounts[c].Value)
                        yield return new FillChange(a.Location, Label(record), columns[c], Text(a.Value, old.Unit),
                            Text(now.Amounts[c].Value, old.Unit),
                            workbook ? FillChangeKind.WorkbookCell : FillChangeKind.Figure);
            }

            if (workbook) continue;
            var added = filled.Records().Where(r => !given.Contains(Key(r)) && r.Amounts.Any(a => a.Value != 0m));
            foreach (var record in added)
            {
                var figures = record.Amounts
                    .Select((a, c) => (a.Value, Text: $"{columns[c]} {Text(a.Value, old.Unit)}"));
                yield return new FillChange(old.Source.Source, Label(record), "", "",
                    string.Join("，", figures.Where(f => f.Value != 0m).Select(f => f.Text)), FillChangeKind.AddedRow);
            }
        }
    }

    /// <summary>A record's key: its code, 行次 or 项目; a row without a code (合计, 人员经费合计) by its name.</summary>
    private static string Key(DataRecord record) => record.Texts[0].Length > 0 ? record.Texts[0] : record.Texts[^1];

    private static string Label(DataRecord record) => string.Join(" ", record.Texts.Where(t => t.Length > 0));

    private static string Text(decimal wanYuan, AmountUnit unit) => DataCsv.Amount(unit.FromWanYuan(wanYuan));
}
