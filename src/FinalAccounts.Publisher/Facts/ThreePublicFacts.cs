using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// 九 "三公"经费: the total and each kind (the vehicle subtotal and its purchase and running costs apart) against the
/// 全年预算 and the prior year, the vehicle details, and the reception counts.
/// </summary>
public sealed record ThreePublicFacts(
    ThreePublicItem Total,
    ThreePublicItem Overseas,
    ThreePublicItem Vehicles,
    ThreePublicItem VehiclePurchase,
    ThreePublicItem VehicleOperation,
    ThreePublicItem Reception,
    VehicleFacts VehicleDetails,
    ReceptionFacts ReceptionDetails);

/// <summary>One "三公" figure: budget vs actual, actual vs prior year, and the two reasons.</summary>
public sealed record ThreePublicItem(Execution Budget, Comparison PriorYear, Located<string> BudgetReason, Located<string> ChangeReason);

/// <summary>公务用车: purchases and running costs by kind, and the fleet at year end.</summary>
public sealed record VehicleFacts(
    Money Purchase,
    Located<int> PurchasedCount,
    Located<string> PurchaseNote,
    Money Operation,
    Located<string> OperationUse,
    Money Fuel,
    Money Repairs,
    Money Insurance,
    Money Parking,
    Money Other,
    Located<int> FleetSize);
