using System.Globalization;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Samples;

internal sealed partial class SampleDepartment
{
    private static string M(long cents) => SampleFiles.Money(cents);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the nine tables (their leaf rows: the generator then writes them in the data files' canonical form, with
    /// every subtotal, see <see cref="SampleGenerator"/>) and budget-execution.csv.
    /// </summary>
    public void WriteTables(SampleFiles f)
    {
        var summary = lists.Functional.SummaryClasses;
        var classes = items.GroupBy(i => i.Entry.Code.Class).ToDictionary(g => g.Key, g => g.ToList());
        f.Table(PublicTables.T01,
            new[]
                {
                    (1, Gpb), (2, Funds(SampleFund.GovernmentFunds)), (3, Funds(SampleFund.StateCapital)),
                    (4, items.Sum(i => i.Upper)), (5, items.Sum(i => i.Business)), (8, items.Sum(i => i.Other)) }
                .Select(x => new[] { N(x.Item1), "", M(x.Item2) })
                .Concat(summary.Where(e => classes.ContainsKey(e.Code)).Select(e => new[] { N(e.SummaryLine!.Value), e.Name, M(classes[e.Code].Sum(i => i.Total)) })));
        f.Table(PublicTables.T02,
            Rows(i => [i.Total, i.Fiscal, i.Upper, i.Business, 0, 0, i.Other], items));
        f.Table(PublicTables.T03,
            Rows(i => [i.Total, i.Basic, i.Project, 0, 0, 0], items));
        f.Table(PublicTables.T04,
            new[]
                {
                    new[] { "1", "一般公共预算财政拨款", M(Gpb), "", "", "" },
                    ["2", "政府性基金预算财政拨款", M(Funds(SampleFund.GovernmentFunds)), "", "", ""],
                    ["3", "国有资本经营预算财政拨款", M(Funds(SampleFund.StateCapital)), "", "", ""],
                }
                .Concat(summary.Where(e => classes.ContainsKey(e.Code) && classes[e.Code].Sum(i => i.Fiscal) > 0)
                    .Select(e => FiscalLine(e, classes[e.Code]))));
        var gpb = items.Where(i => i.Gpb > 0).ToList();
        f.Table(PublicTables.T05, Rows(i => [i.Gpb, i.BasicGpb, i.ProjectGpb], gpb));
        f.Table(PublicTables.T06, EconomicRows());
        f.Table(PublicTables.T07,
            Rows(i => [0, i.Fiscal, i.Fiscal, i.BasicFiscal, i.ProjectFiscal, 0], Paid(SampleFund.GovernmentFunds)));
        f.Table(PublicTables.T08,
            Rows(i => [i.Fiscal, i.BasicFiscal, i.ProjectFiscal], Paid(SampleFund.StateCapital)));
        var t = ThreePublic();
        f.Table(PublicTables.T09,
        [
            [PublicTables.BudgetRow, M(t.Budget.Sum()), M(t.Budget[0]), M(t.Budget[1] + t.Budget[2]), M(t.Budget[1]), M(t.Budget[2]), M(t.Budget[3])],
            [PublicTables.ActualRow, M(t.Actual.Sum()), M(t.Actual[0]), M(t.Actual[1] + t.Actual[2]), M(t.Actual[1]), M(t.Actual[2]), M(t.Actual[3])],
        ]);
        f.Csv("budget-execution.csv", "科目编码,科目名称,年初预算,决算数,原因", gpb.Select(i =>
        {
            var budget = random.NextDouble() < 0.25 ? 0 : Percent(i.Gpb, 60, 140);
            var reason = budget == 0 ? "年中追加预算" : Math.Abs(i.Gpb - budget) * 50 <= budget ? "" : i.Gpb > budget ? "年中追加预算" : "年中调整了预算数";
            if (reason.Length > 0 && Shape.LongTexts) reason += "，" + SampleText.Running(random, random.Next(60, 220));
            return new[] { i.Entry.Code.Value, i.Entry.Name, SampleFiles.Money(budget, blankZero: false), M(i.Gpb), reason };
        }));
    }

    private List<SampleItem> Paid(SampleFund fund) => items.Where(i => i.Fund == fund).ToList();

    private long Funds(SampleFund fund) => items.Where(i => i.Fund == fund).Sum(i => i.Fiscal);

    /// <summary>A 类 line of 公开04表: 决算数, then the three appropriations.</summary>
    private static string[] FiscalLine(ClassificationEntry e, List<SampleItem> of)
    {
        long Paid(SampleFund fund) => of.Where(i => i.Fund == fund).Sum(i => i.Fiscal);
        return
        [
            N(e.SummaryLine!.Value + 2), e.Name, M(of.Sum(i => i.Fiscal)),
            M(Paid(SampleFund.General)), M(Paid(SampleFund.GovernmentFunds)), M(Paid(SampleFund.StateCapital)),
        ];
    }

    /// <summary>The 项 rows of a classified table: code, name and the amounts <paramref name="values"/> gives.</summary>
    private static IEnumerable<string[]> Rows(Func<SampleItem, long[]> values, List<SampleItem> rows) =>
        rows.Select(i => (string[])[i.Entry.Code.Value, i.Entry.Name, .. values(i).Select(M)]);

    /// <summary>The 款 rows of 公开06表 in the form's order: 人员经费's 类 before 公用经费's, each 类's 款 together.</summary>
    private IEnumerable<string[]> EconomicRows() =>
        economic.GroupBy(e => e.Entry.Code.Class).OrderBy(g => lists.Economic.Find(g.Key)!.Group).ThenBy(g => g.Key)
            .SelectMany(g => g.Select(e => new[] { e.Entry.Code.Value, e.Entry.Name, M(e.Cents) }));

    /// <summary>"三公" budget and actual: [overseas, vehicle purchase, vehicle operation, reception].</summary>
    private (long[] Budget, long[] Actual) ThreePublic()
    {
        var r = new Random(Index * 7919 + Year);
        var purchase = r.NextDouble() < 0.15 ? r.NextInt64(1_500, 3_000) : 0;
        var reception = r.NextInt64(0, 500);
        var overseas = r.NextDouble() < 0.2 ? r.NextInt64(100, 800) : 0;
        long[] actual = [overseas, purchase, VehicleOperation, reception];
        long[] budget = [overseas == 0 ? 0 : overseas + r.NextInt64(0, 200), purchase, VehicleOperation + VehicleOperation * r.Next(0, 30) / 100, reception + r.NextInt64(0, 300)];
        return (budget, actual);
    }
}
