namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// One department on the portal index: its id (as in output paths), its Chinese name, the year, its public files, its
/// 主管部门 (null: not grouped) and its publish date (yyyy-MM-dd, or null).
/// </summary>
public sealed record PortalEntry(string DepartmentId, string Name, int Year, IReadOnlyList<PortalFile> Files,
    string? Supervisor = null, string? Published = null);
