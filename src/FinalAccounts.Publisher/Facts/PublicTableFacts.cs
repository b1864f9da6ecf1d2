namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A 公开表 as the template of 第二部分 places it: its key for <c>::: table</c>, its number and title for the heading,
/// its form label, and whether it is empty (for the style's "无…" sentence).
/// </summary>
public sealed record PublicTableFacts(string Key, int Number, string Title, string Form, bool IsEmpty);
