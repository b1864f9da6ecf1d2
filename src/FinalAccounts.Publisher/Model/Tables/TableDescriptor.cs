using System.Globalization;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// One 公开表 as the official form defines it, in one place for every reader, check, builder and writer: its number
/// and title (and the other titles it goes by), its data columns, the printed header with 栏次, how its columns are
/// printed side by side, how its rows are keyed and which are fixed, and the identities inside it.
/// </summary>
public sealed record TableDescriptor(
    int Number,
    string Title,
    IReadOnlyList<string> Aliases,
    TableShape Shape,
    IReadOnlyList<DataColumn> Columns,
    IReadOnlyList<HeaderNode> Header,
    IReadOnlyList<PrintedBlock> Blocks,
    TableRows Rows,
    TableIdentities Identities)
{
    /// <summary>The two-digit number as directives, files and keys write it: "01".</summary>
    public string Key => Number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The form label printed above the table and used as its sheet name: 公开01表.</summary>
    public string FormLabel => $"公开{Key}表";

    /// <summary>The amount columns, in order (identities index into this list).</summary>
    public IReadOnlyList<DataColumn> Amounts => Columns.Where(c => c.IsAmount).ToList();

    /// <summary>The amount columns' names.</summary>
    public IReadOnlyList<string> AmountNames => Columns.Where(c => c.IsAmount).Select(c => c.Name).ToList();

    /// <summary>The data column of a role (the first one), or null.</summary>
    public DataColumn? ColumnOf(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    /// <summary>The printed columns, left to right, with their 栏次 cells.</summary>
    public IReadOnlyList<HeaderNode> Leaves => Header.SelectMany(h => h.Leaves()).ToList();

    /// <summary>The data column each printed column shows, left to right (the blocks' columns in order).</summary>
    public IReadOnlyList<string> PrintedColumns => Blocks.SelectMany(b => b.Columns).ToList();

    /// <summary>Whether the form prints a 栏次 row under its header.</summary>
    public bool HasColumnNumbers => Leaves.Any(l => l.Number.Length > 0);

    /// <summary>The 栏次 row's cells, one per printed column (empty when the form has none).</summary>
    public IReadOnlyList<string> ColumnNumbers => HasColumnNumbers ? Leaves.Select(l => l.Number).ToList() : [];

    /// <summary>
    /// The header rows with their merged cells, as the form prints them: each heading where its span starts, a group
    /// spanning its columns, a column reaching down to the last header row.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows()
    {
        var depth = Header.Max(h => h.Depth);
        var rows = Enumerable.Range(0, depth).Select(_ => new List<HeaderCell>()).ToList();
        void Place(HeaderNode node, int row)
        {
            rows[row].Add(new HeaderCell(node.Text, node.Leaves().Count(), node.IsLeaf ? depth - row : 1));
            foreach (var child in node.Children) Place(child, row + 1);
        }

        foreach (var node in Header) Place(node, 0);
        return rows;
    }

    /// <summary>The titles a sheet, a heading or a document may give this table: the title first, then the aliases.</summary>
    public IEnumerable<string> Titles => Aliases.Prepend(Title);

    public override string ToString() => $"{FormLabel} {Title}";
}
