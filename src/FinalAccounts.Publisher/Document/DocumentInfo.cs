namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Document properties. <see cref="Date"/> comes from the data, never the clock, so output is reproducible.
/// <see cref="Names"/> are proper names (the department's name and short name) that titles and headings never break.
/// <see cref="Watermark"/>, when set, is printed across every page of the paged editions (a draft's "征求意见稿").
/// </summary>
public sealed record DocumentInfo(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    string Language,
    DateTimeOffset Date,
    IReadOnlyList<string>? Names = null,
    string? Watermark = null);
