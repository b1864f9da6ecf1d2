using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>The department's names and texts, and dates already written out (2025年2月10日, 2024年12月31日).</summary>
public sealed record DepartmentFacts(
    string Id,
    Located<string> Name,
    Located<string> ShortName,
    Located<string> FiscalLevel,
    Located<string> Responsibilities,
    IReadOnlyList<string> Units,
    Located<string> OrganizationNote,
    Located<string> ContactPhone,
    Located<string> FillDate,
    Located<string> PublishDate,
    string YearEnd);
