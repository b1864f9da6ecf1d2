using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads 公开09表: the 预算数 and 决算数 rows of the "三公" figures.</summary>
internal static class ThreePublicReader
{
    public const string File = "tables/09.csv";

    public static ThreePublicTable Read(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var columns = new List<string> { TableSchemas.ItemColumn };
        columns.AddRange(TableSchemas.T09Columns);
        var file = CsvFileReader.Read(folder, File, columns, required: true, bag);
        var display = folder.Display(File);
        if (file is null) unavailable.Add(display);
        ThreePublicFigures? budget = null, actual = null;
        foreach (var r in file?.Records ?? [])
        {
            var name = file!.Get(r, TableSchemas.ItemColumn);
            var v = TableSchemas.T09Columns.Select(c => AmountParser.Parse(file.Get(r, c), file.At(r, c), bag)).ToList();
            var figures = new ThreePublicFigures(v[0], v[1], v[2], v[3], v[4], v[5]);
            if (name == TableSchemas.BudgetRowName && budget is null) budget = figures;
            else if (name == TableSchemas.ActualRowName && actual is null) actual = figures;
            else
                bag.Report(InputCodes.UnknownLine, file.At(r, TableSchemas.ItemColumn),
                    $"“{name}”：本表只有“预算数”和“决算数”两行，各一行。", $"'{name}': the table has exactly one 预算数 row and one 决算数 row.");
        }

        if (file is not null)
            foreach (var (row, name) in new[] { (budget, TableSchemas.BudgetRowName), (actual, TableSchemas.ActualRowName) })
                if (row is null)
                    bag.Report(InputCodes.UnknownLine, new SourceLocation(display, 1, 1), $"缺少“{name}”一行。", $"The '{name}' row is missing.");
        return new ThreePublicTable(display, budget ?? Zero(display), actual ?? Zero(display));
    }

    private static ThreePublicFigures Zero(string display)
    {
        var z = Amount.Computed(0m, display);
        return new ThreePublicFigures(z, z, z, z, z, z);
    }
}
