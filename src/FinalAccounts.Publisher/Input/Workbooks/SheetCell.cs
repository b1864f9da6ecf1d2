namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>What a worksheet cell holds, as far as reading tables cares.</summary>
public enum SheetCellKind
{
    /// <summary>Nothing (or only formatting).</summary>
    Empty,

    /// <summary>Text, a string formula result, or a boolean written as text.</summary>
    Text,

    /// <summary>A number (a value, or a formula's cached result); <see cref="SheetCell.Text"/> is its invariant text.</summary>
    Number,

    /// <summary>An error value (#REF!, #DIV/0!, …), typed or computed.</summary>
    Error,

    /// <summary>A formula whose result was never computed and saved (no cached value).</summary>
    Uncomputed,
}

/// <summary>A worksheet cell: its kind and its text (a number's invariant text, an error's #CODE!), and whether a formula made it.</summary>
public readonly record struct SheetCell(SheetCellKind Kind, string Text, bool IsFormula = false)
{
    public static readonly SheetCell Empty = new(SheetCellKind.Empty, "");

    public bool IsEmpty => Kind == SheetCellKind.Empty || (Kind == SheetCellKind.Text && string.IsNullOrWhiteSpace(Text));
}
