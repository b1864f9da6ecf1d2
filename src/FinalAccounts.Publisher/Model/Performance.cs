namespace FinalAccounts.Publisher.Model;

/// <summary>预算绩效: the overview, the department's overall form and the evaluated projects in order.</summary>
public sealed record Performance(PerformanceOverview Overview, OverallForm Overall, IReadOnlyList<PerformanceProject> Projects);
