namespace FinalAccounts.Publisher.Model;

/// <summary>政府采购 (procurement.yaml): totals by kind and the contracts awarded to small and medium enterprises.</summary>
public sealed record Procurement(
    Amount Total,
    Amount Goods,
    Amount Works,
    Amount Services,
    Amount SmeTotal,
    Amount SmallMicro,
    Amount SmeGoods,
    Amount SmeWorks,
    Amount SmeServices);
