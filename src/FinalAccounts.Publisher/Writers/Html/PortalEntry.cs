namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>One department on the portal index: its id (as in output paths), its Chinese name, the year and its published files.</summary>
public sealed record PortalEntry(string DepartmentId, string Name, int Year, IReadOnlyList<PortalFile> Files);
