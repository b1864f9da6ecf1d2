using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Compose;

/// <summary>A share or rate a template holds (a zero base has no number).</summary>
internal sealed class TemplateRatio(Ratio ratio) : TemplateNumber
{
    public Ratio Ratio { get; } = ratio;

    public override decimal? Number => Ratio.Value;

    public override LocalizedText Kind => new("比例", "a ratio");
}
