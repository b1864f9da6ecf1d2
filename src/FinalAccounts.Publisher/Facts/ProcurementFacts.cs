namespace FinalAccounts.Publisher.Facts;

/// <summary>十一 政府采购: totals, SME and small/micro awards with their shares, and each kind (share null when the kind is 0).</summary>
public sealed record ProcurementFacts(
    decimal Total,
    decimal Goods,
    decimal Works,
    decimal Services,
    decimal Sme,
    decimal? SmeShare,
    decimal SmallMicro,
    decimal? SmallMicroShare,
    IReadOnlyList<ProcurementKind> Kinds);

/// <summary>Goods, works or services: spending, SME awards and their share of the spending.</summary>
public sealed record ProcurementKind(string Name, decimal Amount, decimal Sme, decimal? Share);
