using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads 公开06表: economic 类 and 款 with their group from the reference list, and the two group totals.</summary>
internal static class BasicDetailReader
{
    public static BasicDetailTable Read(TableDescriptor table, SourceLocation source, TableInput? input, Classification economic, DiagnosticBag bag)
    {
        var layout = (CodeRows)table.Rows;
        var (personnelName, publicName) = (layout.Totals[0], layout.Totals[1]);
        var (codeColumn, nameColumn) = (ClassifiedTableReader.Index(table, ColumnRole.Code), ClassifiedTableReader.Index(table, ColumnRole.Name));
        var amount = ClassifiedTableReader.AmountColumns(table)[0];
        var rows = new List<EconomicRow>();
        Amount? personnel = null, @public = null;
        foreach (var r in input?.Rows ?? [])
        {
            var (code, name) = (r[codeColumn], r[nameColumn]);
            var value = AmountParser.Parse(r[amount].Text, r[amount].Location, bag, unit: input!.Unit);
            if (code.Text.Length == 0)
            {
                if (name.Text == personnelName && personnel is null) personnel = value;
                else if (name.Text == publicName && @public is null) @public = value;
                else
                    bag.Report(InputCodes.BadCode, code.Location,
                        $"“{name.Text}”一行缺少经济分类科目编码（只有“{personnelName}”“{publicName}”两行不填编码，且各一行）。",
                        $"Row '{name.Text}' has no code (only one {personnelName} and one {publicName} row have none).");
                continue;
            }

            if (CodeReader.Read(code, name, economic, layout.Deepest, bag) is not { } subject) continue;
            if (rows.Any(x => x.Code == subject))
            {
                bag.Report(InputCodes.DuplicateRow, code.Location, $"科目 {subject} 出现了两次。", $"Code {subject} appears twice.");
                continue;
            }

            var group = economic.Find(subject)?.Group ?? economic.Find(subject.Class)?.Group ?? EconomicGroup.Public;
            rows.Add(new EconomicRow(subject, name.Text, group, value, r.Location));
        }

        AddMissingClasses(rows, economic, source);
        personnel ??= Amount.Computed(rows.Where(x => x.IsClass && x.Group == EconomicGroup.Personnel).Sum(x => x.Value.Value), source);
        @public ??= Amount.Computed(rows.Where(x => x.IsClass && x.Group == EconomicGroup.Public).Sum(x => x.Value.Value), source);
        return new BasicDetailTable(table, source, rows, personnel.Value, @public.Value);
    }

    private static void AddMissingClasses(List<EconomicRow> rows, Classification economic, SourceLocation source)
    {
        var missing = rows.Where(x => !x.IsClass).Select(x => x.Code.Class).Distinct().Where(c => rows.All(x => x.Code != c)).ToList();
        foreach (var cls in missing)
        {
            var items = rows.Where(x => x.Code.Class == cls).ToList();
            var at = rows.IndexOf(items[0]);
            rows.Insert(at, new EconomicRow(cls, economic.Find(cls)?.Name ?? "", items[0].Group,
                Amount.Computed(items.Sum(x => x.Value.Value), source), source));
        }
    }
}
