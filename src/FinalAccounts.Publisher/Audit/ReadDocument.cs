using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// A finished document as the audit reads it: its file as messages print it and its blocks in the document model the
/// writers consume (headings, paragraphs, tables), each located by paragraph number or table (and page when known).
/// </summary>
public sealed record ReadDocument(string File, IReadOnlyList<Block> Blocks)
{
    /// <summary>The text of a block that holds prose (a heading or a paragraph), else null.</summary>
    public static string? TextOf(Block block) => block switch
    {
        Heading h => h.FullText,
        Paragraph p => p.PlainText,
        _ => null,
    };
}
