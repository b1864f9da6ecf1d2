using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>Why the actual differs from the budget, and why it changed from the prior year.</summary>
public sealed record ReasonPair(Located<string> BudgetReason, Located<string> ChangeReason)
{
    /// <summary>No reasons given.</summary>
    public static ReasonPair Empty { get; } = new(new("", SourceLocation.None), new("", SourceLocation.None));
}
