namespace FinalAccounts.Publisher.Review;

/// <summary>
/// One unit of a document's text as a reviewer reads it: a heading (with its level), a table's title, one sentence of
/// prose, or one table row (its cells joined by " | "). Text is one line: no tabs or line breaks.
/// </summary>
public sealed record TextUnit(TextUnitKind Kind, string Text, int Level = 0)
{
    /// <summary>Whether the unit names a place in the document (a heading or a table's title).</summary>
    public bool IsContext => Kind is TextUnitKind.Heading or TextUnitKind.Table;
}
