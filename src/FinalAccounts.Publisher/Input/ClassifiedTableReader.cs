using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads a table by functional classification (公开02, 03, 05, 07, 08): checks codes and names against the reference list,
/// then computes the 款, 类 and 合计 rows the source leaves out. Given subtotals are kept for the checks to verify.
/// </summary>
internal static class ClassifiedTableReader
{
    public static ClassifiedTable Read(TableDescriptor table, SourceLocation source, TableInput? input, Classification functional, DiagnosticBag bag)
    {
        var (codeColumn, nameColumn) = (Index(table, ColumnRole.Code), Index(table, ColumnRole.Name));
        var amounts = AmountColumns(table);
        var totalName = ((CodeRows)table.Rows).Totals[0];
        ClassifiedRow? total = null;
        var rows = new Dictionary<SubjectCode, ClassifiedRow>();
        foreach (var r in input?.Rows ?? [])
        {
            var values = amounts.Select(c => AmountParser.Parse(r[c].Text, r[c].Location, bag, unit: input!.Unit)).ToList();
            var (code, name) = (r[codeColumn], r[nameColumn]);
            if (code.Text.Length == 0)
            {
                if (name.Text != totalName)
                    bag.Report(InputCodes.BadCode, code.Location, $"“{name.Text}”一行缺少科目编码（只有“{totalName}”行不填编码）。",
                        $"Row '{name.Text}' has no code (only the {totalName} row has none).");
                else if (total is not null)
                    bag.Report(InputCodes.DuplicateRow, r.Location, $"“{totalName}”行出现了两次。", $"The {totalName} row appears twice.");
                else
                    total = new ClassifiedRow(null, name.Text, values, r.Location);
                continue;
            }

            if (CodeReader.Read(code, name, functional, SubjectLevel.Item, bag) is not { } subject) continue;
            if (rows.ContainsKey(subject))
                bag.Report(InputCodes.DuplicateRow, code.Location, $"科目 {subject} 出现了两次。", $"Code {subject} appears twice.");
            else
                rows[subject] = new ClassifiedRow(subject, name.Text, values, r.Location);
        }

        Complete(rows, functional, amounts.Count, source);
        var ordered = rows.Values.OrderBy(r => r.Code!.Value).ToList();
        total ??= new ClassifiedRow(null, totalName, Sum(ordered.Where(r => r.Code!.Value.Level == SubjectLevel.Class), amounts.Count, source), source);
        return new ClassifiedTable(table, source, total, ordered);
    }

    /// <summary>The index among the data columns of the first column of a role.</summary>
    public static int Index(TableDescriptor table, ColumnRole role) => table.Columns.ToList().FindIndex(c => c.Role == role);

    /// <summary>The indices among the data columns of the amount columns.</summary>
    public static IReadOnlyList<int> AmountColumns(TableDescriptor table) =>
        Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].IsAmount).ToList();

    private static void Complete(Dictionary<SubjectCode, ClassifiedRow> rows, Classification functional, int columns, SourceLocation source)
    {
        foreach (var level in new[] { SubjectLevel.Item, SubjectLevel.Section })
        {
            var parents = rows.Keys.Where(c => c.Level == level).Select(c => c.Parent!.Value).Distinct().Where(p => !rows.ContainsKey(p)).ToList();
            foreach (var parent in parents)
            {
                var children = rows.Values.Where(r => r.Code!.Value.Parent == parent);
                rows[parent] = new ClassifiedRow(parent, functional.Find(parent)?.Name ?? "", Sum(children, columns, source), source);
            }
        }
    }

    private static IReadOnlyList<Amount> Sum(IEnumerable<ClassifiedRow> rows, int columns, SourceLocation source)
    {
        var list = rows.ToList();
        return Enumerable.Range(0, columns).Select(c => Amount.Computed(list.Sum(r => r.Values[c].Value), source)).ToList();
    }
}
