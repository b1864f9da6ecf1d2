namespace FinalAccounts.Publisher.Review;

/// <summary>What a unit of a document's text is: a heading, a table's title, a sentence of prose, or a table row.</summary>
public enum TextUnitKind
{
    Heading,
    Table,
    Sentence,
    Row,
}
