using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Audit;

/// <summary>With the department's data: every row of every table in the document against the same row of the data, cell by cell.</summary>
internal static class TableComparison
{
    public static void Compare(DepartmentYear document, DepartmentYear data, LoadResult load, DiagnosticBag bag)
    {
        foreach (var (written, given) in document.Tables.Zip(data.Tables))
        {
            if (!load.IsAvailable(written.Source)) continue;
            var rows = given.Records().ToDictionary(r => string.Join("|", r.Texts), r => r, StringComparer.Ordinal);
            foreach (var record in written.Records())
            {
                var key = string.Join("|", record.Texts);
                if (!rows.TryGetValue(key, out var expected)) continue;
                for (var c = 0; c < record.Amounts.Count && c < expected.Amounts.Count; c++)
                {
                    var (w, e) = (record.Amounts[c], expected.Amounts[c]);
                    if (w.Value == e.Value) continue;
                    var column = written.Table.AmountNames[c];
                    bag.Report(AuditCodes.TableDiffers, w.Location,
                        $"{new OwnText(written.Table.FormLabel)}“{record.Texts[^1]}”的“{new OwnText(column)}”为 {w.Value}，数据中为 {e.Value}（{new OwnText(e.Location.ToString())}）。",
                        $"{new OwnText(written.Table.FormLabel)} '{record.Texts[^1]}', {new OwnText(column)}: {w.Value}; the data has {e.Value} ({new OwnText(e.Location.ToString())}).",
                        new DiagnosticFigures(e.Value, w.Value));
                }
            }
        }
    }
}
