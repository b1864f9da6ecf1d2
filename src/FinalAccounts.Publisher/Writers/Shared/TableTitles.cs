using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>When a table's title is printed above it, the same in every edition.</summary>
public static class TableTitles
{
    /// <summary>True when the heading right before the table already says its title (not printed again then).</summary>
    public static bool RepeatsHeading(Table table, Block? previous) => previous is Heading h && h.Text == table.Title;

    /// <summary>True when the table has a title and the heading right before it does not already say it.</summary>
    public static bool IsPrinted(Table table, Block? previous) =>
        table.Title.Length > 0 && !RepeatsHeading(table, previous);
}
