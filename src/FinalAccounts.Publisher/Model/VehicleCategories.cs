namespace FinalAccounts.Publisher.Model;

/// <summary>The eight vehicle categories once: the key assets.yaml and templates use, and the name prose prints.</summary>
public static class VehicleCategories
{
    public static IReadOnlyList<(VehicleCategory Category, string Key, string Name)> All { get; } =
    [
        (VehicleCategory.SeniorOfficials, "senior_officials", "副省级及以上领导干部用车"),
        (VehicleCategory.PrincipalOfficials, "principal_officials", "主要负责人用车"),
        (VehicleCategory.Confidential, "confidential", "机要通信用车"),
        (VehicleCategory.Emergency, "emergency", "应急保障用车"),
        (VehicleCategory.LawEnforcement, "law_enforcement", "执法执勤用车"),
        (VehicleCategory.SpecialTechnical, "special_technical", "特种专业技术用车"),
        (VehicleCategory.RetiredService, "retired_service", "离退休干部服务用车"),
        (VehicleCategory.Other, "other", "其他用车"),
    ];
}
