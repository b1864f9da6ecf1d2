using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>A row of 公开06表: an economic classification 类 (3 digits) or 款 (5 digits), its name, group and amount.</summary>
public sealed record EconomicRow(SubjectCode Code, string Name, EconomicGroup Group, Amount Value, SourceLocation Location)
{
    public bool IsClass => Code.Level == SubjectLevel.Class;

    public bool IsGiven => Location.IsPoint;
}
