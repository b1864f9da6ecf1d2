using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A 绩效自评表 (the department's overall one or a project's): budget execution, goals, indicators, deviations and
/// measures. The printed rate and scores are optional: given ones are checked, missing ones computed.
/// </summary>
public sealed record SelfAssessmentForm(
    SourceLocation Source,
    Located<string> Title,
    Amount Budget,
    Amount Actual,
    Located<decimal>? ExecutionRate,
    Located<decimal>? ExecutionScore,
    Located<string> GoalTarget,
    Located<string> GoalActual,
    Located<decimal> GoalScore,
    SourceLocation IndicatorsSource,
    IReadOnlyList<Indicator> Indicators,
    Located<string> Deviation,
    Located<string> Measures,
    Located<decimal>? TotalScore);
