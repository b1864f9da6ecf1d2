namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A place in a table's body: before line <see cref="Line"/> of body row <see cref="Row"/> (line 0: the row's start).
/// </summary>
internal readonly record struct RowPosition(int Row, int Line)
{
    public static RowPosition Start => new(0, 0);

    public override string ToString() => Line == 0 ? $"row {Row}" : $"row {Row} line {Line}";
}
