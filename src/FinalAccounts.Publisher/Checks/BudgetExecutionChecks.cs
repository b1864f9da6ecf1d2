using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>budget-execution.csv lists exactly the 项 of 公开05表, each with the same 决算数.</summary>
internal static class BudgetExecutionChecks
{
    public static void Run(CheckContext ctx)
    {
        var m = ctx.Model;
        var file = m.SourceOf(InputPart.BudgetExecution);
        if (!ctx.Available(file, m.T05.Source)) return;
        foreach (var item in m.BudgetExecution)
        {
            if (m.T05.Find(item.Code) is not { } row)
            {
                ctx.Report(CheckCodes.BudgetExecution, item.Location, $"{item.Code} {item.Name} 不在公开05表中（公开05表没有该项的一般公共预算财政拨款支出）。",
                    $"{item.Code} {item.Name} is not in 公开05表.", also: m.T05.Source);
                continue;
            }

            ctx.Equal(CheckCodes.BudgetExecution, item.Actual.Location, row[0].Value, item.Actual.Value,
                new($"{item.Code} {item.Name} 的决算数应等于公开05表“本年支出小计”", $"The actual of {item.Code} {item.Name} must equal 公开05表's 本年支出小计"),
                row[0].Location);
        }

        foreach (var row in m.T05.Items.Where(r => m.BudgetExecution.All(i => i.Code != r.Code)))
            ctx.Report(CheckCodes.BudgetExecution, file, $"缺少 {row.Code} {row.Name} 一行（公开05表中有该项）。",
                $"Row {row.Code} {row.Name} is missing (it is in 公开05表).", also: row.Location);
    }
}
