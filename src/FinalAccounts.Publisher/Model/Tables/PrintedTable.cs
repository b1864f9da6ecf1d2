namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// A 公开表's body as the official form prints it, whatever the medium: its columns (left to right, as the header's
/// leaves) and rows of cells with their spans. The document's tables, the workbook and the audit's comparison all take
/// the arrangement from here, so it is decided once per shape.
/// </summary>
public sealed record PrintedTable(TableDescriptor Table, IReadOnlyList<PrintedColumnKind> Columns, IReadOnlyList<PrintedRow> Rows)
{
    /// <summary>The printed body of a table's figures, arranged by its shape.</summary>
    public static PrintedTable Of(PublicTableData data) => data switch
    {
        LineTable t => LinePrinting.Print(t),
        ClassifiedTable t => ClassifiedPrinting.Print(t),
        BasicDetailTable t => EconomicPrinting.Print(t),
        ThreePublicTable t => BudgetActualPrinting.Print(t),
        _ => throw new ArgumentOutOfRangeException(nameof(data), data.GetType().Name, null),
    };
}

/// <summary>A printed row: its cells (each where its span starts) and whether it is a total row.</summary>
public sealed record PrintedRow(IReadOnlyList<PrintedCell> Cells, bool IsTotal = false);

/// <summary>A printed cell: text (a code, a name, a line number), an amount, or a total row's label spanning columns.</summary>
public sealed record PrintedCell(string Text, PrintedCellKind Kind, Amount? Amount = null, int ColSpan = 1)
{
    public static PrintedCell Blank { get; } = new("", PrintedCellKind.Text);

    public static PrintedCell Of(string text) => new(text, PrintedCellKind.Text);

    public static PrintedCell Centered(string text) => new(text, PrintedCellKind.Centered);

    public static PrintedCell Label(string text, int colSpan) => new(text, PrintedCellKind.Label, null, colSpan);

    public static PrintedCell Money(Amount amount) => new("", PrintedCellKind.Amount, amount);
}

/// <summary>What a printed cell holds.</summary>
public enum PrintedCellKind
{
    /// <summary>Text set by the column (codes, names).</summary>
    Text,

    /// <summary>Centred text (a line number).</summary>
    Centered,

    /// <summary>A total row's label, centred and bold, spanning columns.</summary>
    Label,

    /// <summary>An amount in 万元.</summary>
    Amount,
}

/// <summary>What a printed column holds.</summary>
public enum PrintedColumnKind
{
    /// <summary>Text: codes and names, set left.</summary>
    Text,

    /// <summary>Line numbers, centred.</summary>
    Centered,

    /// <summary>Amounts, set right.</summary>
    Amount,
}
