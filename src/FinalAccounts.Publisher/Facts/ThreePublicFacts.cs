namespace FinalAccounts.Publisher.Facts;

/// <summary>九 "三公"经费: the total and each kind against budget and prior year, and the vehicle details.</summary>
public sealed record ThreePublicFacts(
    ThreePublicItem Total,
    ThreePublicItem Overseas,
    ThreePublicItem Vehicles,
    ThreePublicItem Reception,
    VehicleFacts VehicleDetails);

/// <summary>One "三公" figure: budget vs actual, actual vs prior year, and the two reasons.</summary>
public sealed record ThreePublicItem(Execution Budget, Comparison PriorYear, string BudgetReason, string ChangeReason);

/// <summary>公务用车: purchases and running costs by kind, and the fleet at year end.</summary>
public sealed record VehicleFacts(
    decimal Purchase,
    int PurchasedCount,
    string PurchaseNote,
    decimal Operation,
    string OperationUse,
    decimal Fuel,
    decimal Repairs,
    decimal Insurance,
    decimal Parking,
    decimal Other,
    int FleetSize);
