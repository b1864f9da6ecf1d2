namespace FinalAccounts.Publisher.Compose;

/// <summary>The kinds of value template functions take; a call with another kind is FA5020 at the call.</summary>
internal enum ArgKind
{
    /// <summary>An amount (万元 in the data; printed in the style's unit).</summary>
    Amount,

    /// <summary>A share or rate; null (no rate) is accepted and prints nothing.</summary>
    Ratio,

    /// <summary>A figure against a base (summary.total, item.prior_year).</summary>
    Comparison,

    /// <summary>An actual against a budget (gpb.execution).</summary>
    Execution,

    /// <summary>A whole number (a count, an index).</summary>
    Count,

    /// <summary>A plain number (a score).</summary>
    Number,

    /// <summary>Text.</summary>
    Text,

    /// <summary>A list.</summary>
    List,
}
