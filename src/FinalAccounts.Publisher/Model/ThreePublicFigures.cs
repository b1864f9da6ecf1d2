namespace FinalAccounts.Publisher.Model;

/// <summary>One row of 公开09表: the "三公" figures, either budget (预算数) or actual (决算数).</summary>
public sealed record ThreePublicFigures(
    Amount Total,
    Amount Overseas,
    Amount VehicleSubtotal,
    Amount VehiclePurchase,
    Amount VehicleOperation,
    Amount Reception)
{
    /// <summary>The row's figures in the table's column order.</summary>
    public IReadOnlyList<Amount> All => [Total, Overseas, VehicleSubtotal, VehiclePurchase, VehicleOperation, Reception];

    /// <summary>The figures of a row read in the table's column order.</summary>
    public static ThreePublicFigures From(IReadOnlyList<Amount> v) => new(v[0], v[1], v[2], v[3], v[4], v[5]);
}
