namespace FinalAccounts.Publisher.Model;

/// <summary>The department: names, 职责, the units in its accounts, contact and dates, its 主管部门 when named (department.yaml).</summary>
public sealed record Department(
    string Id,
    Located<int> Year,
    Located<string> Name,
    Located<string> ShortName,
    Located<string> FiscalLevel,
    Located<string> Responsibilities,
    IReadOnlyList<Located<string>> Units,
    Located<string> OrganizationNote,
    Located<string> ContactPhone,
    Located<DateOnly> FillDate,
    Located<DateOnly> PublishDate)
{
    /// <summary>The unit the department's CSV and YAML files write amounts in (amount_unit: 万元 by default, or 元).</summary>
    public AmountUnit AmountUnit { get; init; } = AmountUnit.WanYuan;

    /// <summary>The 主管部门 department.yaml names (<c>supervisor</c>), or null when it names none.</summary>
    public Located<string>? Supervisor { get; init; }
}
