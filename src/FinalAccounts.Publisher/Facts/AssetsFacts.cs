using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// 十二 国有资产: vehicles in total, by category (as a list, and by key: <c>assets.vehicles.law_enforcement</c>), and
/// equipment worth 100万元 or more.
/// </summary>
public sealed record AssetsFacts(
    Located<int> VehicleTotal,
    IReadOnlyList<VehicleCount> Categories,
    FactGroup Vehicles,
    Located<int> EquipmentOverMillion);

/// <summary>The number of vehicles of one category.</summary>
public sealed record VehicleCount(string Name, Located<int> Count);
