namespace FinalAccounts.Publisher.Writers;

/// <summary>An edition a web page links to: its format's name in the registry ("pdf") and its file, relative to the page.</summary>
public sealed record EditionLink(string Format, string Href);
