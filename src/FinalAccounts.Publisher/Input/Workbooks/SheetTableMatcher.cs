using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// Finds which sheet holds which 公开表: by a form label in the sheet's name (公开02表), by a title in its name (收入决算表;
/// the 三公 title may be cut to Excel's 31 characters), or by the title or form label in its first rows. Reports a table
/// on two sheets, a table on none, and the sheets that hold no table (info).
/// </summary>
internal static class SheetTableMatcher
{
    /// <summary>How many rows at the top of a sheet may hold its title.</summary>
    private const int TitleRows = 8;

    /// <summary>Excel's longest sheet name: a longer title is cut to it.</summary>
    private const int SheetNameChars = 31;

    public static IReadOnlyDictionary<TableDescriptor, Worksheet> Match(IReadOnlyList<Worksheet> sheets, string display, DiagnosticBag bag)
    {
        var found = new Dictionary<TableDescriptor, Worksheet>();
        foreach (var sheet in sheets)
        {
            var table = ByName(sheet.Name) ?? ByContent(sheet);
            if (table is null)
            {
                bag.Report(InputCodes.SheetIgnored, SourceLocation.OfSheet(display, sheet.Name),
                    $"工作表“{sheet.Name}”不是公开表，未读取。", $"Sheet '{sheet.Name}' is not one of the tables; it is not read.");
                continue;
            }

            if (found.TryGetValue(table, out var first))
            {
                bag.Report(InputCodes.TableSheetTwice, SourceLocation.OfSheet(display, sheet.Name),
                    $"{new OwnText(table.ToString())}出现在两张工作表中：“{first.Name}”和“{sheet.Name}”。",
                    $"{new OwnText(table.ToString())} is on two sheets: '{first.Name}' and '{sheet.Name}'.");
                continue;
            }

            found[table] = sheet;
        }

        foreach (var table in PublicTables.All.Where(t => !found.ContainsKey(t)))
            bag.Report(InputCodes.TableSheetMissing, SourceLocation.OfFile(display),
                $"工作簿中没有{new OwnText(table.ToString())}（工作表名为“{new OwnText(table.FormLabel)}”或“{new OwnText(table.Title)}”）。",
                $"The workbook has no {new OwnText(table.ToString())} (a sheet named {new OwnText(table.FormLabel)} or {new OwnText(table.Title)}).");
        return found;
    }

    /// <summary>The table a sheet's name names, or null.</summary>
    public static TableDescriptor? ByName(string sheetName)
    {
        var name = SheetText.Normalise(sheetName);
        if (ByLabel(name) is { } labelled) return labelled;
        var bare = SheetText.WithoutYear(name);
        var candidates = PublicTables.All
            .SelectMany(t => t.Titles.Select(title => (Table: t, Title: SheetText.Normalise(title))))
            .Where(c => bare.EndsWith(c.Title, StringComparison.Ordinal) ||
                        (sheetName.Length >= SheetNameChars && c.Title.StartsWith(bare, StringComparison.Ordinal)))
            .ToList();
        return Longest(candidates);
    }

    /// <summary>The table whose title or form label one of a sheet's first rows holds, or null.</summary>
    private static TableDescriptor? ByContent(Worksheet sheet)
    {
        for (var r = 1; r <= Math.Min(TitleRows, sheet.LastRow); r++)
            for (var c = 1; c <= sheet.LastColumn; c++)
            {
                var text = SheetText.Normalise(sheet[r, c].Text);
                if (text.Length == 0) continue;
                if (ByLabel(text) is { } labelled) return labelled;
                var bare = SheetText.WithoutYear(text);
                var titled = Longest(PublicTables.All
                    .SelectMany(t => t.Titles.Select(title => (Table: t, Title: SheetText.Normalise(title))))
                    .Where(x => bare.EndsWith(x.Title, StringComparison.Ordinal)).ToList());
                if (titled is not null) return titled;
            }

        return null;
    }

    private static TableDescriptor? ByLabel(string normalised) =>
        SheetText.FormNumber(normalised) is var n and > 0 ? PublicTables.All.FirstOrDefault(t => t.Number == n) : null;

    /// <summary>The table of the longest matching title (财政拨款收入支出决算总表 over 收入支出决算总表); null when none or two tables tie.</summary>
    private static TableDescriptor? Longest(List<(TableDescriptor Table, string Title)> candidates)
    {
        if (candidates.Count == 0) return null;
        var longest = candidates.Max(c => c.Title.Length);
        var tables = candidates.Where(c => c.Title.Length == longest).Select(c => c.Table).Distinct().ToList();
        return tables.Count == 1 ? tables[0] : null;
    }
}
