namespace FinalAccounts.Publisher.Document;

/// <summary>A whole document, format-neutral: what every writer consumes.</summary>
public sealed record DocumentTree(DocumentInfo Info, IReadOnlyList<Block> Blocks);
