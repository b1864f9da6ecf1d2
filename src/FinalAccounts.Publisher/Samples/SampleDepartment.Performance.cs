using System.Globalization;

namespace FinalAccounts.Publisher.Samples;

internal sealed partial class SampleDepartment
{
    /// <summary>Writes performance/: projects that share the GPB project spending, their forms, and the overall form.</summary>
    public void WritePerformance(SampleFiles f)
    {
        var total = ProjectGpb;
        var count = total > 0 ? random.Next(1, 5) : 0;
        var weights = Enumerable.Range(0, count).Select(_ => random.Next(1, 20)).ToList();
        var given = 0L;
        var budgets = 0L;
        for (var p = 0; p < count; p++)
        {
            var actual = p == count - 1 ? total - given : total * weights[p] / weights.Sum();
            given += actual;
            var budget = actual + actual * random.Next(0, 15) / 100;
            budgets += budget;
            var name = $"示例专项{p + 1}";
            f.Write($"performance/projects/{p + 1:00}.yaml", $"""
                name: {name}
                budget: {A(budget)}
                actual: {A(actual)}
                outcomes: 按计划完成{name}各项任务
                summary:
                  outputs: 完成了年度绩效目标
                  problems: 预算执行进度有待加强
                  measures: 加强预算执行管理
                form:
                  title: {Year}年度{name}项目自评表
                  implementing_units: 业务处室
                  goal_target: 完成{name}年度任务。
                  goal_actual: 完成{name}年度任务。
                  goal_score: 20
                  deviation: ""
                  measures: ""

                """);
            Indicators(f, $"performance/projects/{p + 1:00}.indicators.csv");
        }

        f.Write("performance/overview.yaml", $"""
            project_count: {count}
            evaluation: 从绩效评价情况来看，绩效目标基本完成
            overall:
              department_count: 1
              summary: 部门整体运行平稳，各项工作按计划推进
            first_level_project_count: {count}
            results_application: 根据评价结果完善下一年度预算安排。

            """);
        f.Write("performance/overall.yaml", $"""
            title: {Year}年度{Name}部门整体绩效自评表
            budget: {A(budgets + BasicGpb)}
            actual: {A(Fiscal)}
            basic_expenditure: {A(BasicGpb)}
            project_expenditure: {A(ProjectGpb)}
            goals: 完成年度各项工作任务。
            goal_score: 20
            deviation: ""
            measures: ""

            """);
        Indicators(f, "performance/overall.indicators.csv");
    }

    private void Indicators(SampleFiles f, string path)
    {
        var deduction = random.Next(0, 4);
        f.Csv(path, "一级指标,二级指标,指标名称,年初目标值,实际完成值,得分",
        [
            ["产出指标", "数量指标", "完成任务数量", "≥10项", "12项", "20"],
            ["产出指标", "质量指标", "验收合格率", "100%", "100%", "20"],
            ["效益指标", "社会效益指标", "服务对象满意度", "≥90%", $"{95 - deduction}%", (20 - deduction).ToString(CultureInfo.InvariantCulture)],
        ]);
    }
}
