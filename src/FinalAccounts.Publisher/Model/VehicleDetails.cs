namespace FinalAccounts.Publisher.Model;

/// <summary>公务用车 details of 九（二）2: purchases, the running costs by kind, and the fleet size at year end.</summary>
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
    Located<int> FleetSize);
