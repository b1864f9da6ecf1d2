namespace FinalAccounts.Publisher.Model;

/// <summary>One row of 公开09表: the "三公" figures, either budget (预算数) or actual (决算数).</summary>
public sealed record ThreePublicFigures(
    Amount Total,
    Amount Overseas,
    Amount VehicleSubtotal,
    Amount VehiclePurchase,
    Amount VehicleOperation,
    Amount Reception);
