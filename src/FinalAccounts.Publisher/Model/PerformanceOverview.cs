namespace FinalAccounts.Publisher.Model;

/// <summary>十三 预算绩效情况说明 texts and counts (performance/overview.yaml).</summary>
public sealed record PerformanceOverview(
    Located<int>? ProjectCount,
    Located<string> Evaluation,
    Located<int> OverallDepartmentCount,
    Located<string> OverallSummary,
    Located<int> FirstLevelProjectCount,
    Located<string> ResultsApplication);
