namespace FinalAccounts.Publisher.Facts;

/// <summary>十二 国有资产: vehicles by category and equipment worth 100万元 or more.</summary>
public sealed record AssetsFacts(int VehicleTotal, IReadOnlyList<VehicleCount> Categories, int EquipmentOverMillion);

/// <summary>The number of vehicles of one category.</summary>
public sealed record VehicleCount(string Name, int Count);
