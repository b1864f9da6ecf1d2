using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// Where a table's parts are on its sheet: the unit (元 or 万元) from the title block, the header rows (merged over one,
/// two or three rows, then an optional 栏次 row), and the sheet columns of every printed column of the descriptor,
/// matched left to right by their heading (with the wordings exports use: 行 for 行次, 科目编码 for 功能分类科目编码, a
/// code split into 类/款/项 columns, data-file column names as flat headings).
/// </summary>
internal sealed partial record SheetLayout(bool InYuan, int FirstDataRow, IReadOnlyList<PrintedColumn> Columns)
{
    /// <summary>How far down the header may start.</summary>
    private const int HeaderSearchRows = 20;

    /// <summary>Other wordings of a heading seen in exported and published tables.</summary>
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["行次"] = ["行", "行号"],
        ["功能分类科目编码"] = ["科目编码", "编码", "功能分类科目"],
        ["经济分类科目编码"] = ["科目编码", "编码", "经济分类科目"],
        ["科目名称"] = ["名称"],
        ["金额"] = ["决算数"],
        ["决算数"] = ["金额"],
    };

    private static readonly HashSet<string> CodeParts = new(StringComparer.Ordinal) { "类", "款", "项" };

    private static readonly HashSet<string> NumberRowTokens = new(StringComparer.Ordinal) { "栏次", "类", "款", "项", "类/款/项", "类款项" };

    /// <summary>The layout of <paramref name="table"/> on <paramref name="sheet"/>, or null (reported at the sheet's cells).</summary>
    public static SheetLayout? Find(Worksheet sheet, TableDescriptor table, Func<int, int, SourceLocation> at, DiagnosticBag bag)
    {
        var words = HeaderWords(table);
        var start = Enumerable.Range(1, Math.Min(HeaderSearchRows, sheet.LastRow))
            .FirstOrDefault(r => Anchors(sheet, r).Count(c => words.Contains(c.Text)) >= 2);
        if (start == 0)
        {
            bag.Report(InputCodes.HeaderNotRecognised, at(0, 0),
                $"在前 {HeaderSearchRows} 行中找不到{new OwnText(table.ToString())}的表头。",
                $"No header of {new OwnText(table.ToString())} in the first {HeaderSearchRows} rows.");
            return null;
        }

        var inYuan = Unit(sheet, start, at, bag);
        if (inYuan is null) return null;
        var last = start;
        while (last < sheet.LastRow && IsHeaderRow(sheet, start, last + 1, words)) last++;
        var columns = MatchColumns(sheet, table, start, last, at, bag);
        if (columns is null) return null;
        var firstData = IsNumberRow(sheet, last + 1) ? last + 2 : last + 1;
        return new SheetLayout(inYuan.Value, firstData, columns);
    }

    /// <summary>Whether the table's amounts are in 元 (false: 万元); null when the unit line names another unit (reported).</summary>
    internal static bool? Unit(Worksheet sheet, int headerStart, Func<int, int, SourceLocation> at, DiagnosticBag bag)
    {
        for (var r = 1; r < headerStart; r++)
            for (var c = 1; c <= sheet.LastColumn; c++)
            {
                if (UnitLine().Match(SheetText.Normalise(sheet[r, c].Text)) is not { Success: true } m) continue;
                var unit = m.Groups[1].Value;
                if (unit.StartsWith("万元", StringComparison.Ordinal)) return false;
                if (unit.StartsWith('元')) return true;
                bag.Report(InputCodes.UnknownUnit, at(r, c), $"金额单位“{unit}”无法识别，只能是“万元”或“元”。",
                    $"Unit '{unit}' is not known; it must be 万元 or 元.");
                return null;
            }

        return false;
    }

    private static List<PrintedColumn>? MatchColumns(Worksheet sheet, TableDescriptor table, int first, int last,
        Func<int, int, SourceLocation> at, DiagnosticBag bag)
    {
        var paths = Enumerable.Range(1, sheet.LastColumn).ToDictionary(c => c, c => Path(sheet, c, first, last));
        var used = paths.Where(p => p.Value.Count > 0).Select(p => p.Key).Order().ToList();
        var leaves = table.Leaves;
        var data = table.PrintedColumns;
        var blockOf = table.Blocks.SelectMany((b, i) => b.Columns.Select(_ => i)).ToList();
        var result = new List<PrintedColumn>();
        var next = 0;
        for (var i = 0; i < leaves.Count; i++)
        {
            var column = table.Columns.First(c => c.Name == data[i]);
            var found = used.Skip(next).Select((c, k) => (Column: c, Index: next + k))
                .FirstOrDefault(x => Matches(paths[x.Column], leaves[i], column));
            if (found.Column == 0)
            {
                var where = next < used.Count ? used[next] : (used.Count > 0 ? used[^1] + 1 : 1);
                bag.Report(InputCodes.HeaderNotRecognised, at(first, where),
                    $"表头中找不到“{new OwnText(leaves[i].Text)}”一栏（{new OwnText(table.FormLabel)}从左到右应为：{new OwnText(Describe(table))}）。",
                    $"The header has no column '{new OwnText(leaves[i].Text)}' ({new OwnText(table.FormLabel)} reads, left to right: {new OwnText(Describe(table))}).");
                return null;
            }

            var span = new List<int> { found.Column };
            var k = found.Index + 1;
            if (column.Role == ColumnRole.Code)
                for (; k < used.Count && span.Count < 3 && (paths[used[k]].SequenceEqual(paths[found.Column]) ||
                                                         CodeParts.Contains(paths[used[k]][^1])); k++)
                    span.Add(used[k]);
            result.Add(new PrintedColumn(leaves[i], column, blockOf[i], span));
            next = k;
        }

        return result;
    }

    private static bool Matches(IReadOnlyList<string> path, HeaderNode leaf, DataColumn column)
    {
        var text = SheetText.Normalise(leaf.Text);
        var lastWord = path[^1];
        if (column.Role == ColumnRole.Code && CodeParts.Contains(lastWord))
            return lastWord == "类" && (path.Count == 1 || IsWord(path[^2], text) || path[^2] == "项目");
        return IsWord(lastWord, text) || lastWord == SheetText.Normalise(column.Name);
    }

    private static bool IsWord(string word, string heading) =>
        word == heading || (Synonyms.TryGetValue(heading, out var other) && other.Contains(word));

    /// <summary>The headings over a column, top to bottom: merged areas count in every column they span.</summary>
    private static List<string> Path(Worksheet sheet, int column, int first, int last)
    {
        var path = new List<string>();
        for (var r = first; r <= last; r++)
        {
            var m = sheet.MergeAt(r, column);
            var text = SheetText.Normalise(m is { } area ? sheet[area.FirstRow, area.FirstColumn].Text : sheet[r, column].Text);
            if (text.Length > 0 && (path.Count == 0 || path[^1] != text)) path.Add(text);
        }

        return path;
    }

    /// <summary>
    /// Whether a row below the header's first row still belongs to it: no figures or codes, and mostly headings (a
    /// misspelt one is then reported as that column missing), or nothing but headings merged down from above.
    /// </summary>
    private static bool IsHeaderRow(Worksheet sheet, int start, int row, HashSet<string> words)
    {
        var anchors = Anchors(sheet, row).ToList();
        if (anchors.Count > 0)
            return !anchors.Any(c => c.Text.Any(char.IsAsciiDigit)) &&
                   anchors.Count(c => words.Contains(c.Text) || NumberRowTokens.Contains(c.Text)) * 2 >= anchors.Count;
        return sheet.Merged.Any(m => m.FirstRow >= start && m.FirstRow < row && m.LastRow >= row);
    }

    /// <summary>The 栏次 row: only 栏次, 类/款/项 and column numbers, with 栏次 or the numbers 1, 2, … in order.</summary>
    private static bool IsNumberRow(Worksheet sheet, int row)
    {
        var cells = Anchors(sheet, row).Select(c => c.Text).ToList();
        if (cells.Count == 0 || !cells.All(t => NumberRowTokens.Contains(t) || ColumnNumber().IsMatch(t))) return false;
        var numbers = cells.Where(t => ColumnNumber().IsMatch(t)).Select(int.Parse).ToList();
        return cells.Contains("栏次") || (numbers.Count > 1 && numbers.Select((n, i) => n == i + 1).All(x => x));
    }

    /// <summary>The non-empty cells of a row that start their merged area (or are not merged), normalised.</summary>
    private static IEnumerable<(int Column, string Text)> Anchors(Worksheet sheet, int row)
    {
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            if (sheet.MergeAt(row, c) is { } m && (m.FirstRow != row || m.FirstColumn != c)) continue;
            var text = SheetText.Normalise(sheet[row, c].Text);
            if (text.Length > 0) yield return (c, text);
        }
    }

    private static HashSet<string> HeaderWords(TableDescriptor table)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(HeaderNode node)
        {
            words.Add(SheetText.Normalise(node.Text));
            if (Synonyms.TryGetValue(node.Text, out var other)) words.UnionWith(other);
            foreach (var child in node.Children) Add(child);
        }

        foreach (var node in table.Header) Add(node);
        words.UnionWith(table.Columns.Select(c => SheetText.Normalise(c.Name)));
        return words;
    }

    private static string Describe(TableDescriptor table) => string.Join("、", table.Leaves.Select(l => l.Text));

    [GeneratedRegex("(?<!编制)单位：(.+)$")]
    private static partial Regex UnitLine();

    [GeneratedRegex("^[1-9][0-9]?$")]
    private static partial Regex ColumnNumber();
}
