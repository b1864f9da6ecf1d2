using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>A performance indicator of a self-assessment form: level 1 and 2, name, target, actual and score.</summary>
public sealed record Indicator(
    Located<string> Level1,
    Located<string> Level2,
    Located<string> Name,
    Located<string> Target,
    Located<string> Actual,
    Located<decimal> Score,
    SourceLocation Location);
