using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads 公开06表: economic 类 and 款 with their group from the reference list, and the two group totals.</summary>
internal static class BasicDetailReader
{
    public const string File = "tables/06.csv";

    public static BasicDetailTable Read(DataFolder folder, Classification economic, DiagnosticBag bag, ISet<string> unavailable)
    {
        var file = CsvFileReader.Read(folder, File, TableSchemas.T06Columns, required: true, bag);
        var display = folder.Display(File);
        if (file is null) unavailable.Add(display);
        var rows = new List<EconomicRow>();
        Amount? personnel = null, @public = null;
        foreach (var r in file?.Records ?? [])
        {
            var codeText = file!.Get(r, TableSchemas.CodeColumn);
            var name = file.Get(r, TableSchemas.NameColumn);
            var value = AmountParser.Parse(file.Get(r, "决算数"), file.At(r, "决算数"), bag);
            if (codeText.Length == 0)
            {
                if (name == TableSchemas.PersonnelTotalName && personnel is null) personnel = value;
                else if (name == TableSchemas.PublicTotalName && @public is null) @public = value;
                else
                    bag.Report(InputCodes.BadCode, file.At(r, TableSchemas.CodeColumn),
                        $"“{name}”一行缺少经济分类科目编码（只有“人员经费合计”“公用经费合计”两行不填编码，且各一行）。",
                        $"Row '{name}' has no code (only one 人员经费合计 and one 公用经费合计 row have none).");
                continue;
            }

            if (ClassifiedTableReader.ReadCode(file, r, codeText, name, economic, SubjectLevel.Section, bag) is not { } code) continue;
            if (rows.Any(x => x.Code == code))
            {
                bag.Report(InputCodes.DuplicateRow, file.At(r, TableSchemas.CodeColumn), $"科目 {code} 出现了两次。", $"Code {code} appears twice.");
                continue;
            }

            var group = economic.Find(code)?.Group ?? economic.Find(code.Class)?.Group ?? EconomicGroup.Public;
            rows.Add(new EconomicRow(code, name, group, value, file.At(r)));
        }

        AddMissingClasses(rows, economic, display);
        personnel ??= Amount.Computed(rows.Where(x => x.IsClass && x.Group == EconomicGroup.Personnel).Sum(x => x.Value.Value), display);
        @public ??= Amount.Computed(rows.Where(x => x.IsClass && x.Group == EconomicGroup.Public).Sum(x => x.Value.Value), display);
        return new BasicDetailTable(display, rows, personnel.Value, @public.Value);
    }

    private static void AddMissingClasses(List<EconomicRow> rows, Classification economic, string display)
    {
        var missing = rows.Where(x => !x.IsClass).Select(x => x.Code.Class).Distinct().Where(c => rows.All(x => x.Code != c)).ToList();
        foreach (var cls in missing)
        {
            var items = rows.Where(x => x.Code.Class == cls).ToList();
            var at = rows.IndexOf(items[0]);
            rows.Insert(at, new EconomicRow(cls, economic.Find(cls)?.Name ?? "", items[0].Group,
                Amount.Computed(items.Sum(x => x.Value.Value), display), SourceLocation.OfFile(display)));
        }
    }
}
