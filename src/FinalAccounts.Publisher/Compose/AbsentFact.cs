using FinalAccounts.Publisher.Facts;
using Scriban.Parsing;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A top-level fact the data do not give (earlier_year without a second comparison year): a template that names it
/// stops there with FA5021 and what to fill in.
/// </summary>
internal sealed class AbsentFact(MissingFactException missing) : StoppingFunction
{
    protected override Exception Stop(SourceSpan span) => FactAccessor.Missing(span, missing);
}
