using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A project evaluated in 十三（三）: budget, execution, the outcomes quoted in 五（三）, the self-assessment summary,
/// and its 项目绩效自评表 (performance/projects/NN.yaml).
/// </summary>
public sealed record PerformanceProject(
    SourceLocation Source,
    Located<string> Name,
    Amount Budget,
    Amount Actual,
    Located<string> Outcomes,
    Located<string> Outputs,
    Located<string> Problems,
    Located<string> Measures,
    Located<string> CompetentDepartment,
    Located<string> ImplementingUnits,
    SelfAssessmentForm Form);
