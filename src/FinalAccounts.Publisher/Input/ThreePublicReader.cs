using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads 公开09表: the 预算数 and 决算数 rows of the "三公" figures.</summary>
internal static class ThreePublicReader
{
    public static ThreePublicTable Read(TableDescriptor table, SourceLocation source, TableInput? input, DiagnosticBag bag)
    {
        var item = ClassifiedTableReader.Index(table, ColumnRole.Item);
        var amounts = ClassifiedTableReader.AmountColumns(table);
        var names = ((ItemRows)table.Rows).Items;
        var found = new Dictionary<string, ThreePublicFigures>(StringComparer.Ordinal);
        foreach (var r in input?.Rows ?? [])
        {
            var name = r[item];
            var figures = ThreePublicFigures.From(amounts.Select(c => AmountParser.Parse(r[c].Text, r[c].Location, bag, unit: input!.Unit)).ToList());
            if (names.Contains(name.Text) && found.TryAdd(name.Text, figures)) continue;
            bag.Report(InputCodes.UnknownLine, name.Location,
                $"“{name.Text}”：本表只有“{names[0]}”和“{names[1]}”两行，各一行。", $"'{name.Text}': the table has exactly one {names[0]} row and one {names[1]} row.");
        }

        if (input is not null)
            foreach (var name in names.Where(n => !found.ContainsKey(n)))
                bag.Report(InputCodes.UnknownLine, source with { Line = 1, Column = 1 }, $"缺少“{name}”一行。", $"The '{name}' row is missing.");
        return new ThreePublicTable(table, source, found.GetValueOrDefault(names[0]) ?? Zero(source), found.GetValueOrDefault(names[1]) ?? Zero(source));
    }

    private static ThreePublicFigures Zero(SourceLocation source)
    {
        var z = Amount.Computed(0m, source);
        return new ThreePublicFigures(z, z, z, z, z, z);
    }
}
