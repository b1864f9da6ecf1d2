namespace FinalAccounts.Publisher.Model;

/// <summary>The eight vehicle categories of 国有资产占用情况.</summary>
public enum VehicleCategory
{
    SeniorOfficials,
    PrincipalOfficials,
    Confidential,
    Emergency,
    LawEnforcement,
    SpecialTechnical,
    RetiredService,
    Other,
}
