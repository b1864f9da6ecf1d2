namespace FinalAccounts.Publisher.Facts;

/// <summary>The department's names and texts, and dates already written out (2025年2月10日, 2024年12月31日).</summary>
public sealed record DepartmentFacts(
    string Id,
    string Name,
    string ShortName,
    string FiscalLevel,
    string Responsibilities,
    IReadOnlyList<string> Units,
    string OrganizationNote,
    string ContactPhone,
    string FillDate,
    string PublishDate,
    string YearEnd);
