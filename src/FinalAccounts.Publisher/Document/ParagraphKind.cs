namespace FinalAccounts.Publisher.Document;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphKind
{
    /// <summary>Body text: first-line indent of two characters, justified.</summary>
    Body,

    /// <summary>No indent, left-aligned (lines under a table, signatures).</summary>
    Plain,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right-aligned.</summary>
    Right,

    /// <summary>A note (注：…): smaller text, no indent.</summary>
    Note,
}
