namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// A cell of a table row split across two pages: its column, the text on the first page and the text on the next
/// (split where the line breaks, a forced break kept on its side).
/// </summary>
public sealed record SplitCell(int Column, string Before, string After);
