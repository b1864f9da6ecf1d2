using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads the YAML inputs of the 情况说明 (prior-year.yaml: <see cref="PriorYearReader"/>): explanations, "三公" details, 机关运行经费, 政府采购, assets.</summary>
internal static class NarrativeReader
{
    public const string PriorYearFile = PriorYearReader.File;
    public const string ExplanationsFile = "explanations.yaml";
    public const string ThreePublicFile = "three-public.yaml";
    public const string OperatingFundsFile = "operating-funds.yaml";
    public const string ProcurementFile = "procurement.yaml";
    public const string AssetsFile = "assets.yaml";

    public static Explanations ReadExplanations(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, ExplanationsFile, bag, unavailable);
        var reasons = new Dictionary<PriorFigure, Located<string>>();
        if (y.Map("change_reasons") is { } cr)
        {
            foreach (var (key, figure) in PriorYearReader.NamedKeys) reasons[figure] = cr.Text(key, required: false);
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
            v.Integer("fleet_size"))
        {
            PurchaseReasons = OptionalReasons(v, "purchase_reasons"),
            OperationReasons = OptionalReasons(v, "operation_reasons"),
        };
        op.Done();
        v.Done();
        var r = y.Map("reception") ?? YamlMap.Unreadable(y.File, bag);
        var reception = new ReasonPair(r.Text("budget_reason"), r.Text("change_reason"));
        var (domestic, foreign) = (Counts(r, "domestic"), Counts(r, "foreign"));
        var counts = new ReceptionCounts(domestic.Batches, domestic.Persons, foreign.Batches, foreign.Persons);
        r.Done();
        y.Done();
        return new ThreePublicDetails(overall, overseas, vehicles, reception, counts);
    }

    private static ReasonPair Reasons(YamlMap y, string key)
    {
        var m = y.Map(key) ?? YamlMap.Unreadable(y.File, y.Bag);
        var pair = new ReasonPair(m.Text("budget_reason"), m.Text("change_reason"));
        m.Done();
        return pair;
    }

    /// <summary>An optional mapping of the two reasons, each optional (purchase_reasons, operation_reasons).</summary>
    private static ReasonPair OptionalReasons(YamlMap y, string key)
    {
        if (y.Map(key, required: false) is not { } m) return ReasonPair.Empty;
        var pair = new ReasonPair(m.Text("budget_reason", required: false), m.Text("change_reason", required: false));
        m.Done();
        return pair;
    }

    /// <summary>reception.domestic or reception.foreign: batches and persons, each null when not given.</summary>
    private static (Located<int>? Batches, Located<int>? Persons) Counts(YamlMap reception, string group)
    {
        if (reception.Map(group, required: false) is not { } m) return (null, null);
        var counts = (m.OptionalInteger("batches"), m.OptionalInteger("persons"));
        m.Done();
        return counts;
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

    public static Assets ReadAssets(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var y = YamlFileReader.ReadOrStandIn(folder, AssetsFile, bag, unavailable);
        var v = y.Map("vehicles") ?? YamlMap.Unreadable(y.File, bag);
        var vehicles = VehicleCategories.All.ToDictionary(k => k.Category, k => v.Integer(k.Key));
        var total = v.OptionalInteger("total") ?? new Located<int>(vehicles.Values.Sum(x => x.Value), SourceLocation.OfFile(y.File));
        v.Done();
        var assets = new Assets(vehicles, total, y.Integer("equipment_over_1m"));
        y.Done();
        return assets;
    }
}
