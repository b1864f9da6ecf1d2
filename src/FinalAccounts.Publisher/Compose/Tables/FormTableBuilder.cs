using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// Builds a 绩效自评表 with its merged layout: identity rows, budget execution (rate and 20 × rate score), goals, the
/// indicators with merged 一级/二级 cells, deviations and measures. Labels come from tables.yaml (form_labels).
/// </summary>
internal static class FormTableBuilder
{
    private const int Columns = 7;

    public static Table Overall(TableContext ctx, OverallForm overall, SourceLocation at)
    {
        var f = overall.Form;
        var l = ctx.Layouts;
        var rows = new List<TableRow>
        {
            new([H(l.Label("unit_name")), T(ctx.Model.Department.Name.Value, 6)]),
            new([H(l.Label("basic_total")), N(ctx.Format.FormMoney(overall.BasicExpenditure.Value), 2), H(l.Label("project_total")), N(ctx.Format.FormMoney(overall.ProjectExpenditure.Value), 3)]),
        };
        rows.AddRange(Execution(ctx, f, l.Label("overall_spending")));
        rows.Add(new([H(l.Label("annual_goal")), T(Cell(f.GoalTarget.Value), 5), N(ctx.Format.Score(f.GoalScore.Value))]));
        rows.AddRange(Indicators(ctx, f, l.Label("overall_indicators")));
        rows.AddRange(Closing(ctx, f));
        return Frame(ctx, f, "form-overall", l.Label("total_score"), at, rows);
    }

    public static Table Project(TableContext ctx, PerformanceProject p, int number, SourceLocation at)
    {
        var f = p.Form;
        var l = ctx.Layouts;
        var department = p.CompetentDepartment.Value.Length > 0 ? p.CompetentDepartment.Value : ctx.Model.Department.Name.Value;
        var rows = new List<TableRow>
        {
            new([H(l.Label("project_name")), T(p.Name.Value, 6)]),
            new([H(l.Label("competent_department")), T(department, 2), H(l.Label("implementing_units")), T(p.ImplementingUnits.Value, 3)]),
        };
        rows.AddRange(Execution(ctx, f, l.Label("project_funds")));
        // The two goal texts are long: each gets a full-width row, the score beside the actual.
        rows.Add(new([H(l.Label("project_goal"), rowSpan: 2), H(l.Label("goal_target")), T(Cell(f.GoalTarget.Value), 4), H(l.Label("score"))]));
        rows.Add(new([H(l.Label("goal_actual")), T(Cell(f.GoalActual.Value), 4), N(ctx.Format.Score(f.GoalScore.Value))]));
        rows.AddRange(Indicators(ctx, f, l.Label("project_indicators")));
        rows.AddRange(Closing(ctx, f));
        return Frame(ctx, f, $"form-project-{number}", l.Label("self_score"), at, rows);
    }

    /// <summary>The execution score: the printed one when given (checked), else 20 × actual ÷ budget.</summary>
    public static decimal ExecutionScore(SelfAssessmentForm f) =>
        f.ExecutionScore?.Value ?? (f.Budget.Value == 0m ? 0m : Rounding.Round(20m * f.Actual.Value / f.Budget.Value, 2));

    public static decimal TotalScore(SelfAssessmentForm f) =>
        f.TotalScore?.Value ?? ExecutionScore(f) + f.GoalScore.Value + f.Indicators.Sum(i => i.Score.Value);

    private static IEnumerable<TableRow> Execution(TableContext ctx, SelfAssessmentForm f, string fundsLabel)
    {
        var l = ctx.Layouts;
        var rate = f.Budget.Value == 0m ? "" : ctx.Format.FormPercent(f.Actual.Value / f.Budget.Value);
        yield return new([H(l.Label("execution").Replace("{unit}", ctx.Format.Style.TableUnit.Name), rowSpan: 2), H(fundsLabel, rowSpan: 2), H(l.Label("budget")), H(l.Label("actual")), H(l.Label("rate")), H(l.Label("execution_score"), 2)]);
        yield return new([N(ctx.Format.FormMoney(f.Budget.Value)), N(ctx.Format.FormMoney(f.Actual.Value)), N(rate), N(ctx.Format.Score(ExecutionScore(f)), 2)]);
    }

    private static IEnumerable<TableRow> Indicators(TableContext ctx, SelfAssessmentForm f, string label)
    {
        var l = ctx.Layouts;
        var list = f.Indicators;
        yield return new([H(label, rowSpan: list.Count + 1), H(l.Label("level1")), H(l.Label("level2")), H(l.Label("indicator")), H(l.Label("target")), H(l.Label("actual_value")), H(l.Label("score"))]);
        for (var i = 0; i < list.Count; i++)
        {
            var cells = new List<TableCell>();
            if (i == 0 || list[i].Level1.Value != list[i - 1].Level1.Value)
                cells.Add(Centered(list[i].Level1.Value, Run(list, i, x => x.Level1.Value)));
            if (i == 0 || list[i].Level1.Value != list[i - 1].Level1.Value || list[i].Level2.Value != list[i - 1].Level2.Value)
                cells.Add(Centered(list[i].Level2.Value, Run(list, i, x => x.Level1.Value + "\u0001" + x.Level2.Value)));
            cells.AddRange([T(list[i].Name.Value), Centered(list[i].Target.Value, 1), Centered(list[i].Actual.Value, 1), N(ctx.Format.Score(list[i].Score.Value))]);
            yield return new TableRow(cells);
        }
    }

    private static IEnumerable<TableRow> Closing(TableContext ctx, SelfAssessmentForm f)
    {
        yield return new([H(ctx.Layouts.Label("deviation")), T(Cell(f.Deviation.Value), 6)]);
        yield return new([H(ctx.Layouts.Label("measures")), T(Cell(f.Measures.Value), 6)]);
    }

    private static Table Frame(TableContext ctx, SelfAssessmentForm f, string id, string scoreLabel, SourceLocation at, List<TableRow> rows)
    {
        var l = ctx.Layouts;
        var date = Facts.FactsBuilder.ChineseDate(ctx.Model.Department.FillDate.Value);
        var preamble = new List<TableMetaLine>
        {
            new(l.Label("unit_line").Replace("{unit}", ctx.Model.Department.ShortName.Value), l.Label("date_line").Replace("{date}", date),
                scoreLabel.Replace("{score}", ctx.Format.Score(TotalScore(f)))),
        };
        var columns = new[] { 1.6, 1.1, 1.1, 2.6, 1.4, 1.4, 0.8 }.Select((w, i) => new TableColumn(i == 3 ? CellAlign.Left : CellAlign.Center, w)).ToList();
        return new Table(id, f.Title.Value, preamble, columns, [], rows, [], true, at);
    }

    private static int Run(IReadOnlyList<Indicator> list, int start, Func<Indicator, string> key)
    {
        var n = 1;
        while (start + n < list.Count && key(list[start + n]) == key(list[start])) n++;
        return n;
    }

    private static string Cell(string text) => string.Join("\n", text.Split('\n').Where(s => s.Trim().Length > 0).Select(s => s.Trim()));

    private static TableCell H(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, CellAlign.Center, IsHeader: true);

    private static TableCell T(string text, int colSpan = 1) => new(text, colSpan, 1, CellAlign.Left);

    private static TableCell N(string text, int colSpan = 1) => new(text, colSpan, 1, CellAlign.Center);

    private static TableCell Centered(string text, int rowSpan) => new(text, 1, rowSpan, CellAlign.Center);
}
