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
            var name = Shape.LongTexts ? $"示例区重点产业链培育和科技创新平台建设第{p + 1}批专项资金" : $"示例专项{p + 1}";
            var (target, done) = Goals(name);
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
                  goal_target: {Q(target)}
                  goal_actual: {Q(done)}
                  goal_score: 20
                  deviation: {Q(Deviation())}
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
            actual: {A(Gpb)}
            basic_expenditure: {A(BasicGpb)}
            project_expenditure: {A(ProjectGpb)}
            goals: {Q(Goals("年度各项工作").Target)}
            goal_score: 20
            deviation: {Q(Deviation())}
            measures: ""

            """);
        Indicators(f, "performance/overall.indicators.csv");
    }

    /// <summary>The year's goal and what was done: one sentence, or (tall forms) long enough to fill most of a page.</summary>
    private (string Target, string Actual) Goals(string name)
    {
        if (!Shape.TallForms) return ($"完成{name}年度任务。", $"完成{name}年度任务。");
        var target = SampleText.Running(random, random.Next(400, 1400)) + "。";
        return (target, SampleText.Running(random, random.Next(600, 1600)) + "。");
    }

    private string Deviation() =>
        Shape.TallForms || Shape.LongTexts ? SampleText.Running(random, random.Next(60, 300)) + "。" : "";

    /// <summary>Three indicators, or (tall forms) a dozen to forty with long names, their scores adding up to 60.</summary>
    private void Indicators(SampleFiles f, string path)
    {
        var deduction = random.Next(0, 4);
        if (!Shape.TallForms)
        {
            f.Csv(path, "一级指标,二级指标,指标名称,年初目标值,实际完成值,得分",
            [
                ["产出指标", "数量指标", "完成任务数量", "≥10项", "12项", "20"],
                ["产出指标", "质量指标", "验收合格率", "100%", "100%", "20"],
                ["效益指标", "社会效益指标", "服务对象满意度", "≥90%", $"{95 - deduction}%", (20 - deduction).ToString(CultureInfo.InvariantCulture)],
            ]);
            return;
        }

        string[][] kinds =
        [
            ["产出指标", "数量指标"], ["产出指标", "质量指标"], ["产出指标", "时效指标"],
            ["效益指标", "经济效益指标"], ["效益指标", "社会效益指标"], ["满意度指标", "服务对象满意度指标"],
        ];
        var count = random.Next(12, 41);
        var rows = new List<string[]>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var left = 60;
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i * kinds.Length / count];
            var score = i == count - 1 ? left : Math.Min(left, 60 / count + random.Next(0, 2));
            left -= score;
            var indicator = random.Next(3) == 0 ? SampleText.Running(random, random.Next(20, 50)) : $"完成第{i + 1}项任务的数量";
            if (!named.Add(kind[1] + "/" + indicator)) indicator = $"完成第{i + 1}项任务的数量"; // a repeated indicator is FA1009
            var (target, done) = ($"≥{random.Next(1, 50)}项", $"{random.Next(50, 90)}项");
            rows.Add([kind[0], kind[1], indicator, target, done, score.ToString(CultureInfo.InvariantCulture)]);
        }

        f.Csv(path, "一级指标,二级指标,指标名称,年初目标值,实际完成值,得分", rows);
    }
}
