namespace FinalAccounts.Publisher.Tests.Fixtures.Workbooks;

/// <summary>A cell a fixture writes: text, a number, a formula with or without its cached value, or an error value.</summary>
public sealed record FixtureCell(string? Text = null, decimal? Number = null, string? Formula = null, string? Error = null)
{
    public static FixtureCell Of(string text) => new(Text: text);

    public static FixtureCell Of(decimal number) => new(Number: number);
}

/// <summary>A sheet a fixture writes: its name, cells by 1-based row and column, merged areas ("A1:C1") and hidden columns.</summary>
public sealed class FixtureSheet(string name)
{
    public string Name { get; set; } = name;

    public SortedDictionary<(int Row, int Column), FixtureCell> Cells { get; } = [];

    public List<string> Merges { get; } = [];

    public SortedSet<int> HiddenColumns { get; } = [];

    public FixtureCell? this[int row, int column]
    {
        get => Cells.GetValueOrDefault((row, column));
        set
        {
            if (value is null) Cells.Remove((row, column));
            else Cells[(row, column)] = value;
        }
    }

    public void Merge(int row, int column, int lastRow, int lastColumn)
    {
        if (row != lastRow || column != lastColumn)
            Merges.Add($"{Cell(row, column)}:{Cell(lastRow, lastColumn)}");
    }

    public static string Cell(int row, int column) => FinalAccounts.Publisher.Diagnostics.SourceLocation.CellName(row, column);

    /// <summary>Moves every cell, merge and hidden column from <paramref name="column"/> on one column right (inserts an empty column).</summary>
    public void InsertColumn(int column)
    {
        var moved = Cells.Select(kv => (Key: kv.Key.Column >= column ? (kv.Key.Row, kv.Key.Column + 1) : kv.Key, kv.Value)).ToList();
        Cells.Clear();
        foreach (var (key, value) in moved) Cells[key] = value;
        for (var i = 0; i < Merges.Count; i++)
        {
            var parts = Merges[i].Split(':').Select(p => Shift(p, column)).ToArray();
            Merges[i] = string.Join(':', parts);
        }

        var hidden = HiddenColumns.Select(c => c >= column ? c + 1 : c).ToList();
        HiddenColumns.Clear();
        HiddenColumns.UnionWith(hidden);
    }

    private static string Shift(string reference, int column)
    {
        var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
        var row = int.Parse(reference[letters.Length..], System.Globalization.CultureInfo.InvariantCulture);
        var col = letters.Aggregate(0, (n, ch) => n * 26 + (ch - 'A' + 1));
        return Cell(row, col >= column ? col + 1 : col);
    }
}
