namespace FinalAccounts.Publisher.Facts;

/// <summary>十三 预算绩效: counts, funds and share, the overall evaluation, the projects and their self-assessments.</summary>
public sealed record PerformanceFacts(
    int ProjectCount,
    decimal Funds,
    decimal? Share,
    string Evaluation,
    int OverallDepartmentCount,
    decimal OverallFunds,
    string OverallSummary,
    int FirstLevelProjectCount,
    IReadOnlyList<ProjectFacts> Projects,
    string ResultsApplication);

/// <summary>A project's self-assessment summary (十三（三）).</summary>
public sealed record ProjectFacts(string Name, Execution Execution, string Outputs, string Problems, string Measures);
