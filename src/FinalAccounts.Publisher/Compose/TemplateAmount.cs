using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Compose;

/// <summary>An amount a template holds.</summary>
internal sealed class TemplateAmount(Money money) : TemplateNumber
{
    public Money Money { get; } = money;

    public override decimal? Number => Money.Value;

    public override LocalizedText Kind => new("金额", "an amount");
}
