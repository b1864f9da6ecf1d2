namespace FinalAccounts.Publisher.Facts;

/// <summary>十一 政府采购: totals, SME and small/micro awards with their shares, and each kind (share absent when the kind is 0).</summary>
public sealed record ProcurementFacts(
    Money Total,
    Money Goods,
    Money Works,
    Money Services,
    Money Sme,
    Ratio? SmeShare,
    Money SmallMicro,
    Ratio? SmallMicroShare,
    IReadOnlyList<ProcurementKind> Kinds);

/// <summary>Goods, works or services: spending, SME awards and their share of the spending.</summary>
public sealed record ProcurementKind(string Name, Money Amount, Money Sme, Ratio? Share);
