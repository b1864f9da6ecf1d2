using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads a table by functional classification (公开02, 03, 05, 07, 08): checks codes and names against the reference list,
/// then computes the 款, 类 and 合计 rows the file leaves out. Given subtotals are kept for the checks to verify.
/// </summary>
internal static class ClassifiedTableReader
{
    public static ClassifiedTable Read(DataFolder folder, ClassifiedSchema schema, Classification functional, DiagnosticBag bag, ISet<string> unavailable)
    {
        var columns = new List<string> { TableSchemas.CodeColumn, TableSchemas.NameColumn };
        columns.AddRange(schema.Columns);
        var file = CsvFileReader.Read(folder, schema.File, columns, required: true, bag);
        var display = folder.Display(schema.File);
        if (file is null)
        {
            unavailable.Add(display);
            return Empty(schema, display);
        }

        ClassifiedRow? total = null;
        var rows = new Dictionary<SubjectCode, ClassifiedRow>();
        foreach (var r in file.Records)
        {
            var values = schema.Columns.Select(c => AmountParser.Parse(file.Get(r, c), file.At(r, c), bag)).ToList();
            var codeText = file.Get(r, TableSchemas.CodeColumn);
            var name = file.Get(r, TableSchemas.NameColumn);
            if (codeText.Length == 0)
            {
                if (name != TableSchemas.TotalRowName)
                    bag.Report(InputCodes.BadCode, file.At(r, TableSchemas.CodeColumn), $"“{name}”一行缺少科目编码（只有“合计”行不填编码）。",
                        $"Row '{name}' has no code (only the 合计 row has none).");
                else if (total is not null)
                    bag.Report(InputCodes.DuplicateRow, file.At(r), "“合计”行出现了两次。", "The 合计 row appears twice.");
                else
                    total = new ClassifiedRow(null, name, values, file.At(r));
                continue;
            }

            if (ReadCode(file, r, codeText, name, functional, SubjectLevel.Item, bag) is not { } code) continue;
            if (rows.ContainsKey(code))
                bag.Report(InputCodes.DuplicateRow, file.At(r, TableSchemas.CodeColumn), $"科目 {code} 出现了两次。", $"Code {code} appears twice.");
            else
                rows[code] = new ClassifiedRow(code, name, values, file.At(r));
        }

        Complete(rows, functional, schema.Columns.Count, display);
        var ordered = rows.Values.OrderBy(r => r.Code!.Value).ToList();
        total ??= new ClassifiedRow(null, TableSchemas.TotalRowName,
            Sum(ordered.Where(r => r.Code!.Value.Level == SubjectLevel.Class), schema.Columns.Count, display), SourceLocation.OfFile(display));
        return new ClassifiedTable(schema.Id, display, schema.Columns, total, ordered);
    }

    /// <summary>Checks a code's form, its presence in the list and its name; null when the row must be skipped.</summary>
    internal static SubjectCode? ReadCode(CsvFile file, CsvRecord r, string codeText, string name, Classification list, SubjectLevel deepest, DiagnosticBag bag)
    {
        var at = file.At(r, TableSchemas.CodeColumn);
        if (!SubjectCode.IsWellFormed(codeText) || new SubjectCode(codeText).Level > deepest)
        {
            bag.Report(InputCodes.BadCode, at, $"科目编码“{codeText}”格式错误。", $"Malformed code '{codeText}'.");
            return null;
        }

        var code = new SubjectCode(codeText);
        if (list.Find(code) is not { } entry)
        {
            bag.Report(InputCodes.UnknownCode, at, $"科目编码 {code}（{name}）不在参考科目表 {new OwnText(list.File)} 中。",
                $"Code {code} ({name}) is not in {new OwnText(list.File)}.");
            return code;
        }

        if (entry.Name != name)
            bag.Report(InputCodes.NameMismatch, file.At(r, TableSchemas.NameColumn),
                $"科目 {code} 的名称应为“{entry.Name}”，实际为“{name}”。", $"The name of {code} must be '{entry.Name}', not '{name}'.");
        return code;
    }

    private static void Complete(Dictionary<SubjectCode, ClassifiedRow> rows, Classification functional, int columns, string file)
    {
        foreach (var level in new[] { SubjectLevel.Item, SubjectLevel.Section })
        {
            var parents = rows.Keys.Where(c => c.Level == level).Select(c => c.Parent!.Value).Distinct().Where(p => !rows.ContainsKey(p)).ToList();
            foreach (var parent in parents)
            {
                var children = rows.Values.Where(r => r.Code!.Value.Parent == parent);
                rows[parent] = new ClassifiedRow(parent, functional.Find(parent)?.Name ?? "", Sum(children, columns, file), SourceLocation.OfFile(file));
            }
        }
    }

    private static IReadOnlyList<Amount> Sum(IEnumerable<ClassifiedRow> rows, int columns, string file)
    {
        var list = rows.ToList();
        return Enumerable.Range(0, columns).Select(c => Amount.Computed(list.Sum(r => r.Values[c].Value), file)).ToList();
    }

    private static ClassifiedTable Empty(ClassifiedSchema schema, string display) =>
        new(schema.Id, display, schema.Columns,
            new ClassifiedRow(null, TableSchemas.TotalRowName, schema.Columns.Select(_ => Amount.Computed(0m, display)).ToList(), SourceLocation.OfFile(display)), []);
}
