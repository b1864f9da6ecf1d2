namespace FinalAccounts.Publisher.Model;

/// <summary>
/// 公务用车 details of 九（二）2: the reasons for the subtotal and (optional) for purchase and running costs apart,
/// purchases, the running costs by kind, and the fleet size at year end.
/// </summary>
public sealed record VehicleDetails(
    ReasonPair Reasons,
    Located<string> PurchaseNote,
    Located<int> PurchasedCount,
    Located<string> OperationUse,
    Amount Fuel,
    Amount Repairs,
    Amount Insurance,
    Amount Parking,
    Amount Other,
    Located<int> FleetSize)
{
    /// <summary>Reasons for 公务用车购置费 alone (empty when not given).</summary>
    public ReasonPair PurchaseReasons { get; init; } = ReasonPair.Empty;

    /// <summary>Reasons for 公务用车运行维护费 alone (empty when not given).</summary>
    public ReasonPair OperationReasons { get; init; } = ReasonPair.Empty;
}
