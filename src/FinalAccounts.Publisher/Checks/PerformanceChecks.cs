using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>预算绩效 identities: counts, funds against 公开05表, and every form's rate, scores and total.</summary>
internal static class PerformanceChecks
{
    public static void Run(CheckContext ctx)
    {
        var m = ctx.Model;
        var p = m.Performance;
        var overviewFile = m.SourceOf(InputPart.PerformanceOverview);
        var overallFile = p.Overall.Form.Source;
        var projectsRead = p.Projects.All(x => ctx.Available(x.Source));
        if (ctx.Available(overviewFile) && p.Overview.ProjectCount is { } count && count.Value != p.Projects.Count)
            ctx.Report(CheckCodes.ProjectCount, count.Location, $"project_count 为 {count.Value}，performance/projects/ 下有 {p.Projects.Count} 个项目文件。",
                $"project_count is {count.Value} but performance/projects/ holds {p.Projects.Count} project files.",
                new Diagnostics.DiagnosticFigures(p.Projects.Count, count.Value));
        var funds = p.Projects.Sum(x => x.Actual.Value);
        if (p.Projects.Count > 0 && projectsRead && ctx.Available(m.T05))
            ctx.AtMost(CheckCodes.ProjectFunds, p.Projects[0].Actual.Location, funds, m.T05.Total[2].Value,
                new("各绩效自评项目执行数之和不能大于公开05表“项目支出”合计", "The projects' actual spending cannot exceed 公开05表's 项目支出"),
                m.T05.Total[2].Location);

        var overall = p.Overall;
        var t05 = m.T05.Total;
        if (ctx.Available(m.T05.Source, overallFile))
            CompareOverall(ctx, p, t05, projectsRead);

        Form(ctx, overall.Form);
        foreach (var project in p.Projects) Form(ctx, project.Form);
    }

    private static void CompareOverall(CheckContext ctx, Performance p, ClassifiedRow t05, bool projectsRead)
    {
        var overall = p.Overall;
        ctx.Equal(CheckCodes.OverallForm, overall.Form.Actual.Location, t05[0].Value, overall.Form.Actual.Value,
            new("整体绩效自评表执行数应等于公开05表合计“本年支出小计”", "The overall form's actual must equal 公开05表's total"), t05[0].Location);
        ctx.Equal(CheckCodes.OverallForm, overall.BasicExpenditure.Location, t05[1].Value, overall.BasicExpenditure.Value,
            new("整体绩效自评表基本支出总额应等于公开05表合计“基本支出”", "The overall form's basic spending must equal 公开05表's 基本支出"),
            t05[1].Location);
        ctx.Equal(CheckCodes.OverallForm, overall.ProjectExpenditure.Location, t05[2].Value, overall.ProjectExpenditure.Value,
            new("整体绩效自评表项目支出总额应等于公开05表合计“项目支出”", "The overall form's project spending must equal 公开05表's 项目支出"),
            t05[2].Location);
        var expectedBudget = p.Projects.Sum(x => x.Budget.Value) + t05[1].Value;
        if (p.Projects.Count > 0 && projectsRead && overall.Form.Budget.Value != expectedBudget)
            ctx.Report(CheckCodes.OverallBudget, overall.Form.Budget.Location,
                $"整体预算数 {ctx.Money(overall.Form.Budget.Value)}，各项目预算数之和 + 基本支出为 {ctx.Money(expectedBudget)}。",
                $"Overall budget {ctx.Money(overall.Form.Budget.Value)}; Σ project budgets + basic spending = {ctx.Money(expectedBudget)}.",
                new Diagnostics.DiagnosticFigures(expectedBudget, overall.Form.Budget.Value), t05[1].Location);
    }

    private static void Form(CheckContext ctx, SelfAssessmentForm form)
    {
        if (!ctx.Available(form.Source)) return;
        if (form.Budget.Value == 0m)
        {
            if (form.Actual.Value != 0m || form.ExecutionRate is not null)
                ctx.Report(CheckCodes.ZeroBudget, form.Budget.Location, $"《{form.Title.Value}》预算数为 0。", $"'{form.Title.Value}' has a zero budget.");
            return;
        }

        var ratio = form.Actual.Value / form.Budget.Value;
        if (form.ExecutionRate is { } rate)
            ctx.Equal(CheckCodes.ExecutionRate, rate.Location, Rounding.Round(ratio * 100m, 2), rate.Value,
                new($"执行率应为 {ctx.Money(form.Actual.Value)} ÷ {ctx.Money(form.Budget.Value)}", $"The rate must be {form.Actual.Value} ÷ {form.Budget.Value}"));
        var score = Rounding.Round(20m * ratio, 2);
        if (form.ExecutionScore is { } given && given.Value != score &&
            !(form.ExecutionRate is { } printed && given.Value == Rounding.Round(20m * printed.Value / 100m, 2)))
            ctx.Equal(CheckCodes.ExecutionScore, given.Location, score, given.Value, new("预算执行得分应为 20 分 × 执行率", "The execution score must be 20 × the rate"));
        if (form.TotalScore is { } total && ctx.Available(form.IndicatorsSource))
        {
            var parts = (form.ExecutionScore?.Value ?? score) + form.GoalScore.Value + form.Indicators.Sum(i => i.Score.Value);
            ctx.Equal(CheckCodes.TotalScore, total.Location, parts, total.Value,
                new($"总分应等于预算执行得分 + 目标得分 + {form.Indicators.Count} 项指标得分", $"The total must equal execution + goal + {form.Indicators.Count} indicator scores"),
                ScoreColumn(form));
        }
    }

    /// <summary>The header cell of the scores in a form's indicators file: where the other side of its total is.</summary>
    private static Diagnostics.SourceLocation ScoreColumn(SelfAssessmentForm form) =>
        form.Indicators.Count > 0 ? form.Indicators[0].Score.Location with { Line = 1 } : form.IndicatorsSource with { Line = 1, Column = 1 };
}
