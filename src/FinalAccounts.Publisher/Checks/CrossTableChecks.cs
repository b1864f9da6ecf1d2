using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Equalities between the tables (STANDARD §B1.2–B1.8): the same figure must be the same wherever it appears.</summary>
internal static class CrossTableChecks
{
    public static void Run(CheckContext ctx)
    {
        var m = ctx.Model;
        SummaryVsIncome(ctx, m);
        SummaryVsExpenditure(ctx, m);
        FiscalTable(ctx, m);
        GpbVsExpenditure(ctx, m);
        BasicDetail(ctx, m);
    }

    private static void Eq(CheckContext ctx, Diagnostics.DiagnosticCode code, Amount left, Amount right, string zh, string en) =>
        ctx.Equal(code, CheckContext.Blame(left, right), right.Value, left.Value, new(zh, en), CheckContext.Other(left, right));

    private static void SummaryVsIncome(CheckContext ctx, DepartmentYear m)
    {
        if (!ctx.Available(m.T01, m.T02)) return;
        var total = m.T02.Total;
        Eq(ctx, CheckCodes.IncomeVsSummary, total[0], m.T01[27], "公开02表合计“本年收入合计”应等于公开01表第 27 行", "公开02表 total income must equal 公开01表 line 27");
        // Three rounded lines against one rounded total: a sum, with the tail tolerance of its non-zero addends.
        ctx.Sum(CheckCodes.IncomeVsSummary, total[1], [m.T01[1], m.T01[2], m.T01[3]],
            new("公开02表合计“财政拨款收入”应等于公开01表第 1–3 行之和", "公开02表 fiscal income must equal 公开01表 lines 1–3"),
            evenIfComputed: true, also: m.T01[1].Location);
        for (var c = 2; c < m.T02.Columns.Count; c++)
            Eq(ctx, CheckCodes.IncomeVsSummary, total[c], m.T01[c + 2], $"公开02表合计“{m.T02.Columns[c]}”应等于公开01表第 {c + 2} 行",
                $"公开02表 total '{m.T02.Columns[c]}' must equal 公开01表 line {c + 2}");
    }

    private static void SummaryVsExpenditure(CheckContext ctx, DepartmentYear m)
    {
        if (!ctx.Available(m.T01, m.T03)) return;
        Eq(ctx, CheckCodes.ExpenditureVsSummary, m.T03.Total[0], m.T01[57], "公开03表合计“本年支出合计”应等于公开01表第 57 行", "公开03表 total must equal 公开01表 line 57");
        foreach (var entry in m.Reference.Functional.SummaryClasses)
        {
            var line = entry.SummaryLine!.Value;
            var row = m.T03.Find(entry.Code);
            var value = row?[0] ?? Amount.Computed(0m, m.T03.Source);
            Eq(ctx, CheckCodes.ExpenditureVsSummary, value, m.T01[line], $"公开03表 {entry.Code} {entry.Name} 应等于公开01表第 {line} 行",
                $"公开03表 {entry.Code} {entry.Name} must equal 公开01表 line {line}");
        }
    }

    private static void FiscalTable(CheckContext ctx, DepartmentYear m)
    {
        if (ctx.Available(m.T01, m.T04))
        {
            for (var line = 1; line <= 3; line++)
                Eq(ctx, CheckCodes.FiscalVsSummary, m.T04[line], m.T01[line], $"公开04表第 {line} 行应等于公开01表第 {line} 行", $"公开04表 line {line} must equal 公开01表 line {line}");
            ctx.AtMost(CheckCodes.CarryOver, m.T04.Line(28)[0].Location, m.T04[28].Value, m.T01[29].Value,
                new("公开04表第 28 行年初财政拨款结转和结余不能大于公开01表第 29 行年初结转和结余", "公开04表 line 28 cannot exceed 公开01表 line 29"),
                m.T01.Line(29)[0].Location);
            ctx.AtMost(CheckCodes.CarryOver, m.T04.Line(60)[0].Location, m.T04[60].Value, m.T01[59].Value,
                new("公开04表第 60 行年末财政拨款结转和结余不能大于公开01表第 59 行年末结转和结余", "公开04表 line 60 cannot exceed 公开01表 line 59"),
                m.T01.Line(59)[0].Location);
        }

        var funds = new[] { (m.T05, 0, 1, CheckCodes.FiscalVsGpb), (m.T07, 2, 2, CheckCodes.FiscalVsFunds), (m.T08, 0, 3, CheckCodes.FiscalVsFunds) };
        foreach (var (table, column, col4, code) in funds)
        {
            if (!ctx.Available(m.T04, table)) continue;
            var name = table.Table.FormLabel;
            Eq(ctx, code, m.T04[59, col4], table.Total[column], $"公开04表第 59 行“{m.T04.Columns[col4]}”应等于{name}合计“{table.Columns[column]}”",
                $"公开04表 line 59 '{m.T04.Columns[col4]}' must equal {name} total '{table.Columns[column]}'");
            foreach (var entry in m.Reference.Functional.SummaryClasses)
            {
                var line = entry.SummaryLine!.Value + 2;
                var value = table.Find(entry.Code)?[column] ?? Amount.Computed(0m, table.Source);
                Eq(ctx, code, m.T04[line, col4], value, $"公开04表第 {line} 行（{entry.Name}）“{m.T04.Columns[col4]}”应等于{name} {entry.Code} 类",
                    $"公开04表 line {line} ({entry.Name}) '{m.T04.Columns[col4]}' must equal {name} class {entry.Code}");
            }
        }

        if (ctx.Available(m.T04, m.T07))
            Eq(ctx, CheckCodes.FiscalVsFunds, m.T04[2], m.T07.Total[1], "公开04表第 2 行政府性基金预算财政拨款收入应等于公开07表合计“本年收入”",
                "公开04表 line 2 must equal 公开07表 total income");
    }

    private static void GpbVsExpenditure(CheckContext ctx, DepartmentYear m)
    {
        if (!ctx.Available(m.T03, m.T05)) return;
        foreach (var row in m.T05.Rows.Prepend(m.T05.Total))
        {
            var t03 = row.Code is { } code ? m.T03.Find(code) : m.T03.Total;
            var label = ClassifiedTableChecks.Label(row);
            var pairs = new[] { (0, 0), (1, 1), (2, 2) };
            foreach (var (c5, c3) in pairs)
                ctx.AtMost(CheckCodes.GpbVsExpenditure, row[c5].Location, row[c5].Value, t03?[c3].Value ?? 0m,
                    new($"公开05表 {label} 的“{m.T05.Columns[c5]}”不能大于公开03表同一科目的“{m.T03.Columns[c3]}”",
                        $"'{m.T05.Columns[c5]}' of {label} in 公开05表 cannot exceed '{m.T03.Columns[c3]}' in 公开03表"),
                    t03?[c3].Location ?? m.T03.Source);
        }
    }

    private static void BasicDetail(CheckContext ctx, DepartmentYear m)
    {
        var t06 = m.T06;
        if (ctx.Available(t06, m.T05))
            ctx.Sum(CheckCodes.BasicDetailVsGpb, m.T05.Total[1], [t06.PersonnelTotal, t06.PublicTotal],
                new("公开05表合计“基本支出”应等于公开06表人员经费合计 + 公用经费合计", "公开05表 total basic spending must equal 公开06表 人员经费合计 + 公用经费合计"),
                evenIfComputed: true, also: CheckContext.Blame(t06.PersonnelTotal, t06.PublicTotal));
        if (!ctx.Available(t06, m.T09)) return;
        var actual = m.T09.Actual;
        foreach (var (figure, code, name) in new[] { (actual.Overseas, "30212", "因公出国（境）费"), (actual.Reception, "30217", "公务接待费"), (actual.VehicleOperation, "30231", "公务用车运行维护费") })
            if (t06.Find(code) is { } item)
                ctx.AtMost(CheckCodes.ThreePublicVsDetail, CheckContext.Blame(figure, item.Value), item.Value.Value, figure.Value,
                    new($"公开06表 {code} 不能大于公开09表决算数“{name}”", $"公开06表 {code} cannot exceed 公开09表's actual '{name}'"),
                    CheckContext.Other(figure, item.Value));
    }
}
