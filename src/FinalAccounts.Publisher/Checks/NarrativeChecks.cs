using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities of the narrative data (STANDARD §B1.9): 机关运行经费, 政府采购, vehicles, "三公" details, prior year, texts.</summary>
internal static class NarrativeChecks
{
    public static void Run(CheckContext ctx)
    {
        var m = ctx.Model;
        if (ctx.Available(m.T06.Source, m.SourceOf(InputPart.OperatingFunds)) &&
            m.OperatingFunds.Actual is { } actual && actual.Value != m.T06.PublicTotal.Value)
            ctx.Report(CheckCodes.OperatingFunds, actual.Location,
                $"机关运行经费 {ctx.Money(actual.Value)} 与公开06表公用经费合计 {ctx.Money(m.T06.PublicTotal.Value)} 不同。",
                $"机关运行经费 {ctx.Money(actual.Value)} differs from 公开06表's 公用经费合计 {ctx.Money(m.T06.PublicTotal.Value)}.",
                new Diagnostics.DiagnosticFigures(m.T06.PublicTotal.Value, actual.Value), m.T06.PublicTotal.Location);
        if (ctx.Available(ctx.Model.SourceOf(InputPart.Procurement))) Procurement(ctx, m.Procurement);
        Vehicles(ctx, m);
        PriorYear(ctx, m);
        Texts(ctx, m);
        Dates(ctx, m.Department);
        CompetentDepartments(ctx, m);
    }

    /// <summary>
    /// Each project form's 主管部门 is this department: its name, short name or the 主管部门 department.yaml names
    /// (another department's, left in a copied form, typically).
    /// </summary>
    private static void CompetentDepartments(CheckContext ctx, DepartmentYear m)
    {
        var d = m.Department;
        var own = new[] { d.Name.Value, d.ShortName.Value, d.Supervisor?.Value ?? "" }.Select(n => n.Trim()).Where(n => n.Length > 0).ToHashSet();
        foreach (var project in m.Performance.Projects)
        {
            var named = project.CompetentDepartment;
            if (named.Value.Trim().Length == 0 || own.Contains(named.Value.Trim()) || !ctx.Available(project.Source)) continue;
            ctx.Report(CheckCodes.OtherCompetentDepartment, named.Location,
                $"自评表的主管部门是“{named.Value}”，不是本部门“{d.Name.Value}”。",
                $"The form's 主管部门 is '{named.Value}', not this department, '{d.Name.Value}'.");
        }
    }

    /// <summary>Fill and publish dates after the year's end and within 18 months of it (last year's dates left in, typically).</summary>
    private static void Dates(CheckContext ctx, Department d)
    {
        if (d.Year.Value is < 1900 or > 9000) return;
        var end = new DateOnly(d.Year.Value, 12, 31);
        var latest = end.AddMonths(18);
        foreach (var (date, name) in new[] { (d.FillDate, "fill_date"), (d.PublishDate, "publish_date") })
        {
            if (date.Value == default || (date.Value >= end && date.Value <= latest)) continue;
            static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var (text, from, to) = (Iso(date.Value), Iso(end), Iso(latest));
            ctx.Report(CheckCodes.ImplausibleDate, date.Location, $"{name} {text} 不在 {d.Year.Value} 年度决算的合理日期范围（{from} 至 {to}）内。",
                $"{name} {text} is outside the plausible window for {d.Year.Value} ({from} to {to}).");
        }
    }

    private static void Procurement(CheckContext ctx, Procurement p)
    {
        ctx.Sum(CheckCodes.ProcurementSum, p.Total, [p.Goods, p.Works, p.Services], new("政府采购支出总额应等于货物 + 工程 + 服务", "Procurement total must equal goods + works + services"));
        ctx.Sum(CheckCodes.ProcurementSum, p.SmeTotal, [p.SmeGoods, p.SmeWorks, p.SmeServices],
            new("授予中小企业合同金额应等于货物、工程、服务三类之和", "The SME total must equal its goods, works and services parts"));
        ctx.AtMost(CheckCodes.ProcurementSum, p.SmallMicro.Location, p.SmallMicro.Value, p.SmeTotal.Value, new("授予小微企业合同金额不能大于授予中小企业合同金额", "Small/micro awards cannot exceed SME awards"));
        ctx.AtMost(CheckCodes.ProcurementSum, p.SmeTotal.Location, p.SmeTotal.Value, p.Total.Value, new("授予中小企业合同金额不能大于政府采购支出总额", "SME awards cannot exceed the total"));
        foreach (var (part, whole, name) in new[] { (p.SmeGoods, p.Goods, "货物"), (p.SmeWorks, p.Works, "工程"), (p.SmeServices, p.Services, "服务") })
            ctx.AtMost(CheckCodes.ProcurementSum, part.Location, part.Value, whole.Value, new($"{name}采购授予中小企业合同金额不能大于{name}支出", $"SME {name} awards cannot exceed {name} spending"));
    }

    private static void Vehicles(CheckContext ctx, DepartmentYear m)
    {
        var assets = m.Assets;
        var assetsFile = m.SourceOf(InputPart.Assets);
        var threePublicFile = m.SourceOf(InputPart.ThreePublicDetails);
        if (ctx.Available(assetsFile) && assets.VehicleTotal.Location.IsPoint && assets.VehicleTotal.Value != assets.VehicleSum)
            ctx.Report(CheckCodes.Vehicles, assets.VehicleTotal.Location, $"车辆总数应为八类车辆之和 {assets.VehicleSum} 辆，实际填写 {assets.VehicleTotal.Value} 辆。",
                $"The vehicle total must be the sum of the eight categories, {assets.VehicleSum}; found {assets.VehicleTotal.Value}.",
                new Diagnostics.DiagnosticFigures(assets.VehicleSum, assets.VehicleTotal.Value));
        var v = m.ThreePublic.Vehicles;
        if (ctx.Available(assetsFile, threePublicFile) && v.FleetSize.Value > assets.VehicleTotal.Value)
            ctx.Report(CheckCodes.Vehicles, v.FleetSize.Location, $"公务用车保有量 {v.FleetSize.Value} 辆多于车辆总数 {assets.VehicleTotal.Value} 辆。",
                $"The fleet of {v.FleetSize.Value} exceeds the {assets.VehicleTotal.Value} vehicles in assets.yaml.",
                new Diagnostics.DiagnosticFigures(assets.VehicleTotal.Value, v.FleetSize.Value), assets.VehicleTotal.Location);
        if (!ctx.Available(m.T09.Source, threePublicFile)) return;
        var op = m.T09.Actual.VehicleOperation;
        ctx.Sum(CheckCodes.VehicleOperation, op with { Location = v.Fuel.Location }, [v.Fuel, v.Repairs, v.Insurance, v.Parking, v.Other],
            new("公开09表决算数“公务用车运行维护费”应等于燃料费 + 维修费 + 保险费 + 停车费 + 其他", "公开09表's running cost must equal fuel + repairs + insurance + parking + other"),
            evenIfComputed: true, also: op.Location);
        var purchase = m.T09.Actual.VehiclePurchase.Value;
        if ((purchase > 0) != (v.PurchasedCount.Value > 0))
            ctx.Report(CheckCodes.VehiclePurchase, v.PurchasedCount.Location,
                $"公务用车购置费为 {ctx.Money(purchase)} {ctx.Unit.Name}，购置车辆数为 {v.PurchasedCount.Value} 辆。",
                $"The purchase cost is {ctx.Money(purchase)} but {v.PurchasedCount.Value} vehicles were bought.",
                also: m.T09.Actual.VehiclePurchase.Location);
    }

    private static void PriorYear(CheckContext ctx, DepartmentYear m)
    {
        var prior = m.PriorYear;
        if (!ctx.Available(m.SourceOf(InputPart.PriorYear))) return;
        foreach (var (figure, change) in prior.ReportedChanges)
        {
            if (!ctx.Available(m.Current(figure).Location)) continue;
            var current = m.Current(figure).Value;
            ctx.Equal(CheckCodes.PriorYearChange, prior[figure].IsGiven ? prior[figure].Location : change.Location, current - change.Value, prior[figure].Value,
                new($"上年数应等于本年数 {ctx.Money(current)} − 增减额 {ctx.Money(change.Value)}（{figure}）",
                    $"The prior-year figure must equal current {ctx.Money(current)} − change {ctx.Money(change.Value)} ({figure})"),
                m.Current(figure).Location);
        }

        ctx.Sum(CheckCodes.PriorThreePublic, prior[PriorFigure.ThreePublicTotal],
            [prior[PriorFigure.ThreePublicOverseas], prior[PriorFigure.ThreePublicVehiclePurchase], prior[PriorFigure.ThreePublicVehicleOperation], prior[PriorFigure.ThreePublicReception]],
            new("上年“三公”经费合计应等于各项之和", "The prior-year \"三公\" total must equal its parts"));
    }

    private static void Texts(CheckContext ctx, DepartmentYear m)
    {
        var uses = m.Explanations.ClassUses;
        if (ctx.Available(m.T05.Source, m.SourceOf(InputPart.Explanations)))
        {
            foreach (var cls in m.T05.Classes.Where(c => c[0].Value != 0m && !uses.ContainsKey(c.Code!.Value)))
                ctx.Report(CheckCodes.ClassUse, m.SourceOf(InputPart.Explanations),
                    $"class_uses 中缺少 {cls.Code} {cls.Name} 的用途说明。", $"class_uses lacks {cls.Code} {cls.Name}.", also: cls.Location);
            foreach (var (code, text) in uses.Where(u => m.T05.Find(u.Key) is null))
                ctx.Report(CheckCodes.ClassUse, text.Location, $"公开05表中没有 {code} 类支出，这条用途说明不会用到。", $"公开05表 has no class {code}; this text is unused.");
        }

        foreach (var item in m.T03.Items)
            if (m.Reference.Functional.Find(item.Code!.Value) is { Definition.Length: 0 } entry)
                ctx.Report(CheckCodes.Definition, item.Location, $"参考科目表中 {entry.Code} {entry.Name} 没有说明，名词解释将缺少这一条。",
                    $"The reference list has no definition for {entry.Code} {entry.Name}; the glossary will lack it.");
    }
}
