namespace FinalAccounts.Publisher.Model;

/// <summary>The "三公" narrative inputs (three-public.yaml); the amounts are in 公开09表.</summary>
public sealed record ThreePublicDetails(
    ReasonPair Overall,
    ReasonPair Overseas,
    VehicleDetails Vehicles,
    ReasonPair Reception,
    ReceptionCounts ReceptionCounts);
