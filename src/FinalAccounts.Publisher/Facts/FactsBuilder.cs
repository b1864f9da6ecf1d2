using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Derives <see cref="DisclosureFacts"/> from a checked model: the only place prose numbers are computed. Shares and
/// rates are taken from the amounts as entered (万元 or 元), never from rounded ones; the house style's
/// <see cref="ZeroBasePolicy"/> decides whether a rate with a zero base exists.
/// </summary>
public sealed partial class FactsBuilder
{
    private readonly DepartmentYear m;
    private readonly ZeroBasePolicy policy;

    private FactsBuilder(DepartmentYear model, ZeroBasePolicy policy)
    {
        m = model;
        this.policy = policy;
    }

    public static DisclosureFacts Build(DepartmentYear model, ZeroBasePolicy? zeroBase = null) =>
        new FactsBuilder(model, zeroBase ?? ZeroBasePolicy.None).Build();

    /// <summary>2025-02-10 → 2025年2月10日.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private DisclosureFacts Build()
    {
        var d = m.Department;
        var year = d.Year;
        var department = new DepartmentFacts(
            d.Id, d.Name, d.ShortName, d.FiscalLevel, d.Responsibilities, d.Units.Select(u => u.Value).ToList(),
            d.OrganizationNote, d.ContactPhone, Date(d.FillDate), Date(d.PublishDate), $"{year.Value}年12月31日");
        var prior = m.PriorYear.Year.Value > 0 ? m.PriorYear.Year : new Located<int>(year.Value - 1, SourceLocation.None);
        return new DisclosureFacts(
            department, year, prior,
            new ChangeFacts(Compare(PriorFigure.IncomeExpenditureTotal), Reason(PriorFigure.IncomeExpenditureTotal)),
            Income(), Expenditure(), Fiscal(), Gpb(), Basic(),
            FundTable(m.T07, income: 1, expenditure: 2, basic: 3, project: 4),
            FundTable(m.T08, income: -1, expenditure: 0, basic: 1, project: 2),
            ThreePublic(), OperatingFunds(), Procurement(m.Procurement), Assets(m.Assets), Performance(),
            Lines(m.T01), Lines(m.T04),
            m.Explanations.SpecialExpenditure, m.KeyWork.Markdown, Glossary(),
            m.Tables.Select(t => new PublicTableFacts(t.Table.Key, t.Table.Number, t.Table.Title, t.Table.FormLabel, t.IsEmpty)).ToList())
        {
            EarlierYearOrNull = m.PriorYear.Earlier?.Year,
            PriorAdjustments = m.PriorYear.Adjustments.Select(a => new PriorAdjustmentFact(
                Input.PriorYearReader.Name(a.Figure), Label(a.Figure), Money.Of(a.Published), a.Reason)
            {
                OwnOrNull = a.Own is { } own ? Money.Of(own) : null,
            }).ToList(),
        };
    }

    private static Located<string> Date(Located<DateOnly> date) => new(ChineseDate(date.Value), date.Location);

    private Located<string> Reason(PriorFigure figure) =>
        m.Explanations.ChangeReasons.TryGetValue(figure, out var r) ? r : new("", SourceLocation.None);

    private Part Part(string name, Money amount, decimal whole, Comparison priorYear) =>
        new(name, amount, Ratio.Of(amount.Value, whole, RatioKind.Share, policy), priorYear);

    private StructureFacts Income()
    {
        var t01 = m.T01;
        var whole = t01[27].Value;
        var fiscal = new[] { 1, 2, 3 }.Select(n => PriorFigure.Line(t01.Table, n)).ToList();
        var fiscalAmount = Money.Computed(fiscal.Sum(f => m.Current(f).Value));
        var parts = new List<Part> { Part("财政拨款收入", fiscalAmount, whole, Compare(fiscal, fiscalAmount, "财政拨款收入")) };
        parts.AddRange(Enumerable.Range(4, 5).Select(n => LinePart(t01, n, whole)));
        return Structure(Compare(PriorFigure.IncomeTotal), Reason(PriorFigure.IncomeTotal), parts);
    }

    private Part LinePart(LineTable table, int line, decimal whole)
    {
        var figure = PriorFigure.Line(table.Table, line);
        return Part(m.T01.Line(line).Name, Money.Of(table[line]), whole, Compare(figure));
    }

    /// <summary>The kinds of spending of 公开03表 that prior-year.yaml can give (basic_expenditure, project_expenditure).</summary>
    private static readonly IReadOnlyDictionary<string, PriorFigure> SpendingKinds = new Dictionary<string, PriorFigure>
    {
        ["基本支出"] = PriorFigure.BasicExpenditure, ["项目支出"] = PriorFigure.ProjectExpenditure,
    };

    private StructureFacts Expenditure()
    {
        var t = m.T03.Total;
        var parts = Enumerable.Range(1, m.T03.Columns.Count - 1)
            .Select(c => Part(m.T03.Columns[c], Money.Of(t[c]), t[0].Value, SpendingKinds.TryGetValue(m.T03.Columns[c], out var f)
                ? Compare(f)
                : NotCompared(Money.Of(t[c]), m.T03.Columns[c])))
            .ToList();
        return Structure(Compare(PriorFigure.ExpenditureTotal), Reason(PriorFigure.ExpenditureTotal), parts);
    }

    private static StructureFacts Structure(Comparison total, Located<string> reason, List<Part> parts) =>
        new(total, reason,
            parts.Where(p => !p.Amount.IsZero).ToList(),
            parts.Where(p => p.Amount.IsZero).Select(p => p.Name).ToList(),
            parts);

    private FiscalFacts Fiscal()
    {
        var whole = m.T04[27].Value;
        var parts = new[] { 1, 2, 3 }.Select(n => LinePart(m.T04, n, whole)).ToList();
        var s = Structure(Compare(PriorFigure.FiscalTotal), Reason(PriorFigure.FiscalTotal), parts);
        return new FiscalFacts(s.Total, s.Reason, Compare(PriorFigure.GpbIncome), Reason(PriorFigure.GpbIncome), s.Items, s.ZeroNames, s.Parts);
    }

    private FundTableFacts FundTable(ClassifiedTable t, int income, int expenditure, int basic, int project) =>
        new(t.IsEmpty, income < 0 ? Money.Zero : Money.Of(t.Total[income]), Money.Of(t.Total[expenditure]),
            Money.Of(t.Total[basic]), Money.Of(t.Total[project]),
            t.Classes.Where(c => c[expenditure].Value != 0m)
                .Select(c => Part(c.Name, Money.Of(c[expenditure]), t.Total[expenditure].Value, NotCompared(Money.Of(c[expenditure]), c.Name)))
                .ToList());

    private BasicFacts Basic()
    {
        ExpenseGroup Group(EconomicGroup g) => new(Money.Of(m.T06.Total(g)),
            m.T06.Group(g).Where(r => !r.IsClass && r.Value.Value != 0m).Select(r => r.Name).ToList());
        return new BasicFacts(Money.Of(m.T05.Total[1]), Group(EconomicGroup.Personnel), Group(EconomicGroup.Public));
    }

    /// <summary>Every line of a table of lines, by number (<c>line28</c>), and the lines as a list (<c>lines</c>).</summary>
    private FactGroup Lines(LineTable t)
    {
        var lines = t.Lines.OrderBy(l => l.Number)
            .Select(l => new LineFact(l.Number, l.Name, Money.Of(l[0]), Compare(PriorFigure.Line(t.Table, l.Number))))
            .ToList();
        var members = lines.Select(l => new NamedFact($"line{l.Number}", $"{t.Table.FormLabel}第{l.Number}行 {l.Name}", l)).ToList();
        members.Add(new NamedFact("lines", $"{t.Table.FormLabel}的各行（列表，同 line1 …）", lines, Expanded: false));
        return new FactGroup(members);
    }
}
