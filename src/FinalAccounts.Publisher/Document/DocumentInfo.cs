namespace FinalAccounts.Publisher.Document;

/// <summary>Document properties. <see cref="Date"/> comes from the data, never the clock, so output is reproducible.</summary>
public sealed record DocumentInfo(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    string Language,
    DateTimeOffset Date);
