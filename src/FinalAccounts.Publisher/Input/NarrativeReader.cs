using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads the YAML inputs of the 情况说明: prior year, explanations, "三公" details, 机关运行经费, 政府采购, assets.</summary>
internal static class NarrativeReader
{
    public const string PriorYearFile = "prior-year.yaml";
    public const string ExplanationsFile = "explanations.yaml";
    public const string ThreePublicFile = "three-public.yaml";
    public const string OperatingFundsFile = "operating-funds.yaml";
    public const string ProcurementFile = "procurement.yaml";
    public const string AssetsFile = "assets.yaml";

    /// <summary>YAML keys of the prior-year figures (three_public_* live in a nested mapping, see <see cref="ThreePublicKeys"/>).</summary>
    public static readonly IReadOnlyList<(string Key, PriorFigure Figure)> PriorKeys =
    [
        ("income_expenditure_total", PriorFigure.IncomeExpenditureTotal), ("income_total", PriorFigure.IncomeTotal),
        ("expenditure_total", PriorFigure.ExpenditureTotal), ("fiscal_total", PriorFigure.FiscalTotal),
        ("gpb_income", PriorFigure.GpbIncome), ("gpb_expenditure", PriorFigure.GpbExpenditure),
    ];

    public static readonly IReadOnlyList<(string Key, PriorFigure Figure)> ThreePublicKeys =
    [
        ("total", PriorFigure.ThreePublicTotal), ("overseas", PriorFigure.ThreePublicOverseas),
        ("vehicle_purchase", PriorFigure.ThreePublicVehiclePurchase), ("vehicle_operation", PriorFigure.ThreePublicVehicleOperation),
        ("reception", PriorFigure.ThreePublicReception),
    ];

    public static PriorYear ReadPriorYear(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, PriorYearFile, bag, unavailable);
        var year = y.Integer("year");
        var figures = PriorKeys.ToDictionary(k => k.Figure, k => y.Money(k.Key));
        if (y.Map("three_public") is { } tp)
        {
            foreach (var (key, figure) in ThreePublicKeys) figures[figure] = tp.Money(key);
            figures[PriorFigure.ThreePublicVehicles] = Amount.Computed(
                figures[PriorFigure.ThreePublicVehiclePurchase].Value + figures[PriorFigure.ThreePublicVehicleOperation].Value, y.File);
            tp.Done();
        }

        var changes = new Dictionary<PriorFigure, Amount>();
        if (y.Map("reported_changes", required: false) is { } rc)
        {
            foreach (var (key, figure) in PriorKeys.Concat(ThreePublicKeys.Select(k => ("three_public_" + k.Key, k.Figure)))
                         .Append(("three_public_vehicles", PriorFigure.ThreePublicVehicles)))
                if (rc.OptionalMoney(key, signed: true) is { } change)
                    changes[figure] = change;
            rc.Done();
        }

        y.Done();
        return new PriorYear(year, figures, changes);
    }

    public static Explanations ReadExplanations(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, ExplanationsFile, bag, unavailable);
        var reasons = new Dictionary<PriorFigure, Located<string>>();
        if (y.Map("change_reasons") is { } cr)
        {
            foreach (var (key, figure) in PriorKeys) reasons[figure] = cr.Text(key, required: false);
            cr.Done();
        }

        var uses = new Dictionary<SubjectCode, Located<string>>();
        if (y.Map("class_uses") is { } cu)
            foreach (var (key, value) in cu.TextPairs())
            {
                if (key.Value.Length == 3 && SubjectCode.IsWellFormed(key.Value)) uses[new SubjectCode(key.Value)] = value;
                else bag.Report(InputCodes.BadCode, key.Location, $"“{key.Value}”应为 3 位的类级科目编码（加引号，如 \"201\"）。",
                    $"'{key.Value}' must be a 3-digit 类 code (quoted, e.g. \"201\").");
            }

        var special = y.Text("special_expenditure", required: false);
        y.Done();
        return new Explanations(reasons, uses, special);
    }

    public static ThreePublicDetails ReadThreePublic(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, ThreePublicFile, bag, unavailable);
        var overall = Reasons(y, "overall");
        var overseas = Reasons(y, "overseas");
        var v = y.Map("vehicles") ?? YamlMap.Unreadable(y.File, bag);
        var op = v.Map("operation") ?? YamlMap.Unreadable(y.File, bag);
        var vehicles = new VehicleDetails(
            new ReasonPair(v.Text("budget_reason"), v.Text("change_reason")),
            v.Text("purchase_note"), v.Integer("purchased_count"), v.Text("operation_use"),
            op.Money("fuel"), op.Money("repairs"), op.Money("insurance"), op.Money("parking"), op.Money("other", required: false),
            v.Integer("fleet_size"));
        op.Done();
        v.Done();
        var reception = Reasons(y, "reception");
        y.Done();
        return new ThreePublicDetails(overall, overseas, vehicles, reception);
    }

    private static ReasonPair Reasons(YamlMap y, string key)
    {
        var m = y.Map(key) ?? YamlMap.Unreadable(y.File, y.Bag);
        var pair = new ReasonPair(m.Text("budget_reason"), m.Text("change_reason"));
        m.Done();
        return pair;
    }

    public static OperatingFunds ReadOperatingFunds(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, OperatingFundsFile, bag, unavailable);
        var funds = new OperatingFunds(y.Money("budget"), y.Text("reason"), y.OptionalMoney("actual"));
        y.Done();
        return funds;
    }

    public static Procurement ReadProcurement(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, ProcurementFile, bag, unavailable);
        Amount goods = y.Money("goods"), works = y.Money("works"), services = y.Money("services");
        Amount smeGoods = y.Money("sme_goods"), smeWorks = y.Money("sme_works"), smeServices = y.Money("sme_services");
        var total = y.OptionalMoney("total") ?? Amount.Computed(goods.Value + works.Value + services.Value, y.File);
        var smeTotal = y.OptionalMoney("sme_total") ?? Amount.Computed(smeGoods.Value + smeWorks.Value + smeServices.Value, y.File);
        var result = new Procurement(total, goods, works, services, smeTotal, y.Money("small_micro"), smeGoods, smeWorks, smeServices);
        y.Done();
        return result;
    }

    public static readonly IReadOnlyList<(string Key, VehicleCategory Category)> VehicleKeys =
    [
        ("senior_officials", VehicleCategory.SeniorOfficials), ("principal_officials", VehicleCategory.PrincipalOfficials),
        ("confidential", VehicleCategory.Confidential), ("emergency", VehicleCategory.Emergency),
        ("law_enforcement", VehicleCategory.LawEnforcement), ("special_technical", VehicleCategory.SpecialTechnical),
        ("retired_service", VehicleCategory.RetiredService), ("other", VehicleCategory.Other),
    ];

    public static Assets ReadAssets(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, AssetsFile, bag, unavailable);
        var v = y.Map("vehicles") ?? YamlMap.Unreadable(y.File, bag);
        var vehicles = VehicleKeys.ToDictionary(k => k.Category, k => v.Integer(k.Key));
        var total = v.OptionalInteger("total") ?? new Located<int>(vehicles.Values.Sum(x => x.Value), SourceLocation.OfFile(y.File));
        v.Done();
        var assets = new Assets(vehicles, total, y.Integer("equipment_over_1m"));
        y.Done();
        return assets;
    }
}
