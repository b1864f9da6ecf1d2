using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A figure of a year's disclosure that the 情况说明 can compare with an earlier year: a line of a 公开表 of lines
/// (公开01/04表), a 类 of 一般公共预算财政拨款支出, or a named figure (the 公开05表 total, a "三公" column, 机关运行经费).
/// <see cref="Key"/> is how prior-year.yaml and messages name it (<c>t01.29</c>, <c>gpb_classes.201</c>,
/// <c>three_public.vehicle_purchase</c>); <see cref="CurrentFigures.Current"/> finds it in any year's model, so an
/// earlier year's figures can come from its own data as well as from prior-year.yaml.
/// </summary>
public sealed record PriorFigure
{
    private PriorFigure(string key, TableDescriptor? table = null, int line = 0, SubjectCode? code = null)
    {
        Key = key;
        Table = table;
        LineNumber = line;
        Code = code;
    }

    public string Key { get; }

    /// <summary>The table of lines this figure is a line of, or null.</summary>
    public TableDescriptor? Table { get; }

    /// <summary>The line (行次) when <see cref="Table"/> is set.</summary>
    public int LineNumber { get; }

    /// <summary>The 类 of 一般公共预算财政拨款支出 (公开05表), or null.</summary>
    public SubjectCode? Code { get; }

    /// <summary>A line of 公开01表 or 公开04表 (first amount column: 金额, 决算数).</summary>
    public static PriorFigure Line(TableDescriptor table, int line) => new($"t{table.Key}.{line}", table, line);

    /// <summary>A 类 of 公开05表 (本年支出小计).</summary>
    public static PriorFigure GpbClass(SubjectCode code) => new($"gpb_classes.{code.Value}", code: code);

    /// <summary>收、支总计 (公开01表 line 30/60).</summary>
    public static PriorFigure IncomeExpenditureTotal { get; } = Line(PublicTables.T01, 30);

    /// <summary>本年收入合计 (公开01表 line 27).</summary>
    public static PriorFigure IncomeTotal { get; } = Line(PublicTables.T01, 27);

    /// <summary>本年支出合计 (公开01表 line 57).</summary>
    public static PriorFigure ExpenditureTotal { get; } = Line(PublicTables.T01, 57);

    /// <summary>财政拨款收、支总计 (公开04表 line 32/64).</summary>
    public static PriorFigure FiscalTotal { get; } = Line(PublicTables.T04, 32);

    /// <summary>一般公共预算财政拨款收入 (公开04表 line 1).</summary>
    public static PriorFigure GpbIncome { get; } = Line(PublicTables.T04, 1);

    /// <summary>一般公共预算财政拨款支出 (公开05表 合计).</summary>
    public static PriorFigure GpbExpenditure { get; } = new("gpb_expenditure");

    /// <summary>"三公"经费合计 (公开09表 决算数).</summary>
    public static PriorFigure ThreePublicTotal { get; } = new("three_public.total");

    /// <summary>因公出国（境）费.</summary>
    public static PriorFigure ThreePublicOverseas { get; } = new("three_public.overseas");

    /// <summary>公务用车购置及运行维护费 (小计: purchase + operation).</summary>
    public static PriorFigure ThreePublicVehicles { get; } = new("three_public.vehicles");

    /// <summary>公务用车购置费.</summary>
    public static PriorFigure ThreePublicVehiclePurchase { get; } = new("three_public.vehicle_purchase");

    /// <summary>公务用车运行维护费.</summary>
    public static PriorFigure ThreePublicVehicleOperation { get; } = new("three_public.vehicle_operation");

    /// <summary>公务接待费.</summary>
    public static PriorFigure ThreePublicReception { get; } = new("three_public.reception");

    /// <summary>机关运行经费 (its actual: 公开06表 公用经费合计, or operating-funds.yaml's actual).</summary>
    public static PriorFigure OperatingFunds { get; } = new("operating_funds");

    /// <summary>基本支出 (公开03表 合计 row).</summary>
    public static PriorFigure BasicExpenditure { get; } = new("basic_expenditure");

    /// <summary>项目支出 (公开03表 合计 row).</summary>
    public static PriorFigure ProjectExpenditure { get; } = new("project_expenditure");

    /// <summary>The named figures that are not lines or classes.</summary>
    public static IReadOnlyList<PriorFigure> Named { get; } =
    [
        GpbExpenditure, ThreePublicTotal, ThreePublicOverseas, ThreePublicVehicles, ThreePublicVehiclePurchase,
        ThreePublicVehicleOperation, ThreePublicReception, OperatingFunds, BasicExpenditure, ProjectExpenditure,
    ];

    public bool Equals(PriorFigure? other) => other is not null && other.Key == Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Key;
}
