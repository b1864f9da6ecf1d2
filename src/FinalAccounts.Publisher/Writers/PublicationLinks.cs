namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// The rest of a department's publication, as its web page links to it (relative to the page): the other editions in
/// the registry's order, the open data (each file with its kind: "xlsx", "json", "csv"), the department's archive and
/// the year's index.
/// </summary>
public sealed record PublicationLinks(IReadOnlyList<EditionLink> Editions, IReadOnlyList<EditionLink> OpenData, string Archive, string Index);
