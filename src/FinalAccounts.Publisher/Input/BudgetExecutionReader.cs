using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads budget-execution.csv: 年初预算, 决算数 and the reason for each 项 of 五（三）.</summary>
internal static class BudgetExecutionReader
{
    public const string File = "budget-execution.csv";

    public static IReadOnlyList<BudgetExecutionItem> Read(DataFolder folder, Classification functional, DiagnosticBag bag, ISet<string> unavailable)
    {
        var file = CsvFileReader.Read(folder, File, DataFileColumns.BudgetExecutionColumns, required: true, bag);
        if (file is null)
        {
            unavailable.Add(folder.Display(File));
            return [];
        }

        var items = new List<BudgetExecutionItem>();
        foreach (var r in file.Records)
        {
            var codeText = file.Get(r, DataFileColumns.CodeColumn);
            var name = file.Get(r, DataFileColumns.NameColumn);
            if (codeText.Length != 7)
            {
                bag.Report(InputCodes.BadCode, file.At(r, DataFileColumns.CodeColumn), $"“{codeText}”：本文件每行是一个“项”，编码为 7 位。",
                    $"'{codeText}': each row of this file is a 项 with a 7-digit code.");
                continue;
            }

            var codeCell = new InputCell(codeText, file.At(r, DataFileColumns.CodeColumn));
            var nameCell = new InputCell(name, file.At(r, DataFileColumns.NameColumn));
            if (CodeReader.Read(codeCell, nameCell, functional, SubjectLevel.Item, bag) is not { } code) continue;
            if (items.Any(i => i.Code == code))
            {
                bag.Report(InputCodes.DuplicateRow, file.At(r, DataFileColumns.CodeColumn), $"科目 {code} 出现了两次。", $"Code {code} appears twice.");
                continue;
            }

            items.Add(new BudgetExecutionItem(code, name,
                AmountParser.Parse(file.Get(r, "年初预算"), file.At(r, "年初预算"), bag, unit: folder.Unit),
                AmountParser.Parse(file.Get(r, "决算数"), file.At(r, "决算数"), bag, unit: folder.Unit),
                new Located<string>(file.Get(r, "原因"), file.At(r, "原因")),
                file.At(r)));
        }

        return items;
    }
}
