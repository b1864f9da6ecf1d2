using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>Derives <see cref="DisclosureFacts"/> from a checked model. The only place prose numbers are computed.</summary>
public static partial class FactsBuilder
{
    public static DisclosureFacts Build(DepartmentYear m)
    {
        var d = m.Department;
        var year = d.Year.Value;
        var department = new DepartmentFacts(
            d.Id, d.Name.Value, d.ShortName.Value, d.FiscalLevel.Value, d.Responsibilities.Value, d.Units.Select(u => u.Value).ToList(),
            d.OrganizationNote.Value, d.ContactPhone.Value, ChineseDate(d.FillDate.Value), ChineseDate(d.PublishDate.Value), $"{year}年12月31日");
        return new DisclosureFacts(
            department, year, m.PriorYear.Year.Value is > 0 and var p ? p : year - 1,
            new ChangeFacts(Compare(m, PriorFigure.IncomeExpenditureTotal), Reason(m, PriorFigure.IncomeExpenditureTotal)),
            Income(m), Expenditure(m), Fiscal(m), Gpb(m), Basic(m),
            FundTable(m.T07, income: 1, expenditure: 2, basic: 3, project: 4),
            FundTable(m.T08, income: -1, expenditure: 0, basic: 1, project: 2),
            ThreePublic(m), OperatingFunds(m), Procurement(m.Procurement), Assets(m.Assets), Performance(m),
            m.Explanations.SpecialExpenditure.Value, m.KeyWork.Markdown.Value, Glossary(m),
            m.Tables.Select(t => new PublicTableFacts(t.Table.Key, t.Table.Number, t.Table.Title, t.Table.FormLabel, t.IsEmpty)).ToList());
    }

    /// <summary>2025-02-10 → 2025年2月10日.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static Comparison Compare(DepartmentYear m, PriorFigure figure) => new(m.Current(figure).Value, m.PriorYear[figure].Value);

    private static string Reason(DepartmentYear m, PriorFigure figure) =>
        m.Explanations.ChangeReasons.TryGetValue(figure, out var r) ? r.Value : "";

    private static StructureFacts Income(DepartmentYear m)
    {
        var t01 = m.T01;
        var total = t01[27].Value;
        var parts = new List<(string Name, decimal Amount)>
        {
            ("财政拨款收入", t01[1].Value + t01[2].Value + t01[3].Value),
            ("上级补助收入", t01[4].Value), ("事业收入", t01[5].Value), ("经营收入", t01[6].Value),
            ("附属单位上缴收入", t01[7].Value), ("其他收入", t01[8].Value),
        };
        return Structure(Compare(m, PriorFigure.IncomeTotal), Reason(m, PriorFigure.IncomeTotal), parts, total);
    }

    private static StructureFacts Expenditure(DepartmentYear m)
    {
        var t = m.T03.Total;
        var parts = Enumerable.Range(1, m.T03.Columns.Count - 1).Select(c => (m.T03.Columns[c], t[c].Value)).ToList();
        return Structure(Compare(m, PriorFigure.ExpenditureTotal), Reason(m, PriorFigure.ExpenditureTotal), parts, t[0].Value);
    }

    private static StructureFacts Structure(Comparison total, string reason, List<(string Name, decimal Amount)> parts, decimal whole) =>
        new(total, reason,
            parts.Where(p => p.Amount != 0m).Select(p => Part.Of(p.Name, p.Amount, whole)).ToList(),
            parts.Where(p => p.Amount == 0m).Select(p => p.Name).ToList());

    private static FiscalFacts Fiscal(DepartmentYear m)
    {
        var parts = new List<(string Name, decimal Amount)>
        {
            ("一般公共预算财政拨款收入", m.T04[1].Value), ("政府性基金预算财政拨款收入", m.T04[2].Value), ("国有资本经营预算财政拨款收入", m.T04[3].Value),
        };
        var s = Structure(Compare(m, PriorFigure.FiscalTotal), Reason(m, PriorFigure.FiscalTotal), parts, m.T04[27].Value);
        return new FiscalFacts(s.Total, s.Reason, Compare(m, PriorFigure.GpbIncome), Reason(m, PriorFigure.GpbIncome), s.Items, s.ZeroNames);
    }

    private static FundTableFacts FundTable(ClassifiedTable t, int income, int expenditure, int basic, int project) =>
        new(t.IsEmpty, income < 0 ? 0m : t.Total[income].Value, t.Total[expenditure].Value, t.Total[basic].Value, t.Total[project].Value,
            t.Classes.Where(c => c[expenditure].Value != 0m).Select(c => Part.Of(c.Name, c[expenditure].Value, t.Total[expenditure].Value)).ToList());

    private static BasicFacts Basic(DepartmentYear m)
    {
        ExpenseGroup Group(EconomicGroup g) => new(m.T06.Total(g).Value,
            m.T06.Group(g).Where(r => !r.IsClass && r.Value.Value != 0m).Select(r => r.Name).ToList());
        return new BasicFacts(m.T05.Total[1].Value, Group(EconomicGroup.Personnel), Group(EconomicGroup.Public));
    }
}
