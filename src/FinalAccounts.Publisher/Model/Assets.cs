namespace FinalAccounts.Publisher.Model;

/// <summary>国有资产占用 (assets.yaml): vehicles by category and equipment worth 100万元 or more.</summary>
public sealed record Assets(
    IReadOnlyDictionary<VehicleCategory, Located<int>> Vehicles,
    Located<int> VehicleTotal,
    Located<int> EquipmentOver1m)
{
    public int VehicleSum => Vehicles.Values.Sum(v => v.Value);
}
