using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>十三 预算绩效: counts, funds and share, the overall evaluation, the projects and their self-assessments.</summary>
public sealed record PerformanceFacts(
    Located<int> ProjectCount,
    Money Funds,
    Ratio? Share,
    Located<string> Evaluation,
    Located<int> OverallDepartmentCount,
    Money OverallFunds,
    Located<string> OverallSummary,
    Located<int> FirstLevelProjectCount,
    IReadOnlyList<ProjectFacts> Projects,
    Located<string> ResultsApplication);

/// <summary>A project's self-assessment summary (十三（三）).</summary>
public sealed record ProjectFacts(
    Located<string> Name, Execution Execution, Located<string> Outputs, Located<string> Problems, Located<string> Measures);
