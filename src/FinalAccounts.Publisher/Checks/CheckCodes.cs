using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Checks;

/// <summary>The accounting identities the checks verify (FA2xxx within a table, FA3xxx across tables, FA4xxx narrative data).</summary>
public static class CheckCodes
{
    private const string FixRow = "核对这一行各栏的金额；若表格是从决算软件导出的，请重新导出。";
    private const string FixRowEn = "Check the amounts of this row; if the table was exported from the 决算 software, export it again.";
    private const string FixTables = "两张表的数据应来自同一套决算报表，请核对两处金额，改正有误的一处。";
    private const string FixTablesEn = "Both tables come from the same set of 决算 reports; compare the two figures and correct the wrong one.";

    public static readonly DiagnosticCode RowSum = DiagnosticCode.Error("FA2001", "行内各栏之和不符", "Row total differs from its columns", FixRow, FixRowEn);
    public static readonly DiagnosticCode Hierarchy = DiagnosticCode.Error("FA2002", "类、款金额不等于下级科目之和", "A 类 or 款 differs from the sum of its children",
        "核对该科目及其下级科目（款或项）的金额；漏填或多填下级科目最常见。", "Check this code and the codes below it; a missing or extra child row is the usual cause.");
    public static readonly DiagnosticCode TotalRow = DiagnosticCode.Error("FA2003", "合计行不等于各类之和", "The 合计 row differs from the sum of the 类", FixRow, FixRowEn);
    public static readonly DiagnosticCode LineSum = DiagnosticCode.Error("FA2004", "合计行次不等于所含各行之和", "A total line differs from the lines it adds up", FixRow, FixRowEn);
    public static readonly DiagnosticCode LineEquality = DiagnosticCode.Error("FA2005", "收入总计与支出总计不相等", "Income and expenditure totals differ",
        "收、支总计必须相等：核对结转结余和结余分配等行次。", "Income and expenditure totals must be equal: check carry-over and allocation lines.");
    public static readonly DiagnosticCode EconomicClass = DiagnosticCode.Error("FA2006", "经济分类类级金额不等于其下各款之和", "An economic class differs from the sum of its items", FixRow, FixRowEn);
    public static readonly DiagnosticCode EconomicGroupTotal = DiagnosticCode.Error("FA2007", "人员经费合计或公用经费合计不符", "人员经费合计 or 公用经费合计 differs from its classes",
        "人员经费合计 = 301 + 303 类；公用经费合计 = 302 + 307 + 309 + 310 + 399 类。", "人员经费合计 = classes 301 + 303; 公用经费合计 = 302 + 307 + 309 + 310 + 399.");
    public static readonly DiagnosticCode ThreePublicSum = DiagnosticCode.Error("FA2008", "“三公”经费合计或小计不符", "A \"三公\" total or subtotal differs",
        "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；小计 = 购置费 + 运行维护费。",
        "Total = overseas + vehicles + reception; vehicle subtotal = purchase + operation.");
    public static readonly DiagnosticCode RoundingTail = new("FA2900", Severity.Info, new("尾数差（在允许范围内）", "Rounding tail (within tolerance)"),
        new("金额由元换算为万元时各自四舍五入，n 个加数之和与合计最多相差 (n+1)/2 分（取整数部分；表注“金额单位转换时可能存在尾数误差”）；无需处理。",
            "Each figure is rounded from 元 to 万元, so n addends may differ from their total by up to (n+1)/2 × 0.01, rounded down (the tables' note allows this); nothing to do."));

    public static readonly DiagnosticCode IncomeVsSummary = DiagnosticCode.Error("FA3001", "收入决算表与收入支出决算总表不一致", "公开02表 differs from 公开01表", FixTables, FixTablesEn);
    public static readonly DiagnosticCode ExpenditureVsSummary = DiagnosticCode.Error("FA3002", "支出决算表与收入支出决算总表不一致", "公开03表 differs from 公开01表", FixTables, FixTablesEn);
    public static readonly DiagnosticCode FiscalVsSummary = DiagnosticCode.Error("FA3003", "财政拨款收入支出决算总表与收入支出决算总表不一致", "公开04表 differs from 公开01表", FixTables, FixTablesEn);
    public static readonly DiagnosticCode FiscalVsGpb = DiagnosticCode.Error("FA3004", "财政拨款收入支出决算总表与一般公共预算财政拨款支出决算表不一致", "公开04表 differs from 公开05表", FixTables, FixTablesEn);
    public static readonly DiagnosticCode FiscalVsFunds = DiagnosticCode.Error("FA3005", "财政拨款收入支出决算总表与公开07/08表不一致", "公开04表 differs from 公开07/08表", FixTables, FixTablesEn);
    public static readonly DiagnosticCode GpbVsExpenditure = DiagnosticCode.Error("FA3006", "一般公共预算财政拨款支出超过同科目的总支出", "公开05表 exceeds 公开03表 for the same code",
        "一般公共预算财政拨款支出是总支出的一部分，不能大于支出决算表同一科目的金额。", "GPB spending is part of total spending and cannot exceed 公开03表 for the same code.");
    public static readonly DiagnosticCode BasicDetailVsGpb = DiagnosticCode.Error("FA3007", "基本支出明细表合计不等于一般公共预算财政拨款基本支出", "公开06表 differs from 公开05表's 基本支出", FixTables, FixTablesEn);
    public static readonly DiagnosticCode ThreePublicVsDetail = DiagnosticCode.Error("FA3008", "“三公”经费决算数小于基本支出明细表中的对应科目", "A \"三公\" figure is below the matching 公开06表 item",
        "“三公”经费决算数包括基本支出和项目支出，不能小于公开06表中同一经济科目（30212、30217、30231）的金额。",
        "\"三公\" actuals include basic and project spending and cannot be below the matching 公开06表 item (30212, 30217, 30231).");
    public static readonly DiagnosticCode BudgetExecution = DiagnosticCode.Error("FA3009", "预算执行明细与一般公共预算财政拨款支出决算表不一致", "budget-execution.csv differs from 公开05表",
        "budget-execution.csv 应列出公开05表的每一个“项”，决算数与公开05表“本年支出小计”相同。",
        "budget-execution.csv must list every 项 of 公开05表 with the same 决算数 as its 本年支出小计.");
    public static readonly DiagnosticCode CarryOver = DiagnosticCode.Error("FA3010", "财政拨款结转结余超过全部结转结余", "Fiscal carry-over exceeds total carry-over", FixTables, FixTablesEn);

    public static readonly DiagnosticCode OperatingFunds = DiagnosticCode.Warning("FA4001", "机关运行经费与公用经费合计不同", "机关运行经费 differs from 公用经费合计",
        "行政单位和参公事业单位的机关运行经费一般等于公开06表公用经费合计；其他情况请确认数据无误。",
        "For administrative units 机关运行经费 usually equals 公开06表's 公用经费合计; otherwise make sure the figure is right.");
    public static readonly DiagnosticCode ProcurementSum = DiagnosticCode.Error("FA4002", "政府采购金额之和不符", "Procurement amounts do not add up",
        "总额 = 货物 + 工程 + 服务；授予中小企业 = 三类之和；小微企业 ≤ 中小企业；各类授予中小企业 ≤ 该类支出。",
        "Total = goods + works + services; SME = the three SME parts; small/micro ≤ SME; each SME part ≤ its kind.");
    public static readonly DiagnosticCode Vehicles = DiagnosticCode.Error("FA4003", "车辆数不符", "Vehicle counts do not add up",
        "车辆总数 = 八类车辆之和；“三公”公务用车保有量不能多于车辆总数。", "Total = the eight categories; the \"三公\" fleet cannot exceed the total.");
    public static readonly DiagnosticCode VehicleOperation = DiagnosticCode.Error("FA4004", "公务用车运行维护费明细之和不等于公开09表", "Vehicle running costs differ from 公开09表",
        "燃料费 + 维修费 + 保险费 + 停车费 + 其他 = 公开09表决算数“公务用车运行维护费”。", "fuel + repairs + insurance + parking + other = 公开09表's actual running cost.");
    public static readonly DiagnosticCode VehiclePurchase = DiagnosticCode.Warning("FA4005", "购置车辆数与购置费不对应", "Vehicles bought and purchase cost disagree",
        "有购置费就应有购置车辆数，反之亦然。", "A purchase cost needs a number of vehicles bought, and vice versa.");
    public static readonly DiagnosticCode PriorYearChange = DiagnosticCode.Error("FA4006", "上年数与本年数、增减额不符", "Prior year ≠ current - change",
        "上年数 = 本年数 - 增减额；核对 prior-year.yaml 中的上年数或 reported_changes。", "Prior = current - change; check prior-year.yaml.");
    public static readonly DiagnosticCode PriorThreePublic = DiagnosticCode.Error("FA4007", "上年“三公”经费合计不等于各项之和", "Prior-year \"三公\" total differs from its parts",
        "上年合计 = 出国 + 购置 + 运行维护 + 接待。", "Prior total = overseas + purchase + operation + reception.");
    public static readonly DiagnosticCode PriorYearDisagrees = DiagnosticCode.Error("FA4012", "上年数与上年决算不一致",
        "Prior-year figure differs from the prior year's accounts",
        "上年数取自上年文件夹的决算数：改为一致，或删去这一项（由上年文件夹取得）；上年数确需调整（如口径变化）时，写成 amount 和 reason 两项并写明原因（见 data/README.md）。",
        "The prior-year figures are the prior year's folder's: make it agree, or delete it (the folder gives it); for an adjusted figure write amount and reason (see data/README.md).");
    public static readonly DiagnosticCode ClassUse = DiagnosticCode.Warning("FA4008", "缺少或多余的类级用途说明", "Missing or stray 类 use text",
        "explanations.yaml 的 class_uses 应为公开05表中每个有支出的“类”写一句用途。", "class_uses in explanations.yaml should describe each 类 with spending in 公开05表.");
    public static readonly DiagnosticCode Definition = DiagnosticCode.Warning("FA4009", "参考科目表缺少科目说明", "Reference list lacks a definition",
        "名词解释要列出本部门使用的每个“项”的说明，请在参考科目表的“说明”列补充。", "The glossary lists each 项 used; add its definition to the reference list.");
    public static readonly DiagnosticCode ImplausibleDate = DiagnosticCode.Warning("FA4010", "日期不在合理范围内", "Date outside the plausible window",
        "填报和发布日期应在决算年度结束（12月31日）之后、18个月之内；常见原因是沿用了上年的日期。",
        "Fill and publish dates fall after the year's end (31 December) and within 18 months of it; often last year's dates were kept.");

    public static readonly DiagnosticCode OtherCompetentDepartment = DiagnosticCode.Warning("FA4011", "自评表的主管部门不是本部门",
        "A form's 主管部门 is not this department",
        "项目自评表的主管部门应是本部门（department.yaml 的 name 或 short_name；另有主管部门时写在 department.yaml 的 supervisor）；" +
        "常见原因是从其他部门的自评表复制而来。",
        "A project form's 主管部门 is this department (department.yaml's name or short_name, or its supervisor when it has " +
        "one); most often the form was copied from another department's.");

    public static readonly DiagnosticCode ProjectCount = DiagnosticCode.Error("FA4501", "绩效项目个数不符", "Number of evaluated projects differs",
        "project_count 应等于 performance/projects/ 下的项目文件数。", "project_count must equal the number of files in performance/projects/.");
    public static readonly DiagnosticCode ProjectFunds = DiagnosticCode.Error("FA4502", "绩效自评项目资金超过一般公共预算项目支出", "Evaluated project funds exceed GPB project spending",
        "各项目执行数之和不能大于公开05表“项目支出”合计。", "The projects' actual spending cannot exceed 公开05表's 项目支出.");
    public static readonly DiagnosticCode OverallForm = DiagnosticCode.Error("FA4503", "整体绩效自评表金额与决算表不一致", "Overall form differs from the tables", FixTables, FixTablesEn);
    public static readonly DiagnosticCode OverallBudget = DiagnosticCode.Warning("FA4504", "整体绩效自评表预算数与项目预算之和不符", "Overall budget ≠ project budgets + basic spending",
        "通常 整体预算数 = 各项目预算数之和 + 基本支出决算数；若口径不同请确认。", "Usually overall budget = Σ project budgets + basic spending; confirm if your basis differs.");
    public static readonly DiagnosticCode ExecutionRate = DiagnosticCode.Error("FA4505", "执行率不等于执行数 ÷ 预算数", "Execution rate ≠ actual ÷ budget",
        "执行率 = 执行数 ÷ 预算数 × 100%，保留两位小数（四舍五入）。", "Rate = actual ÷ budget × 100%, two decimals, rounded half up.");
    public static readonly DiagnosticCode ExecutionScore = DiagnosticCode.Error("FA4506", "预算执行得分不等于 20 × 执行率", "Execution score ≠ 20 × rate",
        "得分 = 20 分 × 执行率，保留两位小数（四舍五入）。", "Score = 20 × rate, two decimals, rounded half up.");
    public static readonly DiagnosticCode TotalScore = DiagnosticCode.Error("FA4507", "自评总分不等于各部分得分之和", "Total score ≠ sum of the parts",
        "总分 = 预算执行得分 + 目标得分 + 各指标得分。", "Total = execution score + goal score + indicator scores.");
    public static readonly DiagnosticCode ZeroBudget = DiagnosticCode.Error("FA4508", "预算数为 0，无法计算执行率", "Budget is 0: no execution rate",
        "填写项目的全年预算数。", "Enter the project's annual budget.");
}
