using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// 公开06表 一般公共预算财政拨款基本支出决算明细表: economic 类 and 款 in two groups, 人员经费 (301, 303) and 公用经费
/// (302, 307, 309, 310, 399), printed as three column groups; the rows the form always prints (Hubei's, as in the
/// reference publication: 301, 303, 302 and 310 with their 款) and the two group totals.
/// </summary>
internal static class Table06
{
    public const string PersonnelTotal = "人员经费合计";
    public const string PublicTotal = "公用经费合计";

    private static readonly string[] Standard =
    [
        "301", "30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113", "30114",
        "30199",
        "303", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308", "30309", "30310", "30311", "30399",
        "302", "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30212", "30213",
        "30214", "30215", "30216", "30217", "30218", "30224", "30225", "30226", "30227", "30228", "30229", "30231", "30239",
        "30240", "30299",
        "310", "31002", "31003", "31007", "31013", "31022", "31099",
    ];

    private static readonly string[] Block = ["科目编码", "科目名称", "决算数"];

    private static HeaderNode[] Group3() => [Leaf("经济分类科目编码"), Leaf("科目名称"), Leaf("决算数")];

    public static TableDescriptor Descriptor { get; } = new(
        6,
        "一般公共预算财政拨款基本支出决算明细表",
        ["一般公共预算财政拨款基本支出决算表"],
        TableShape.EconomicDetail,
        [new("科目编码", ColumnRole.Code), new("科目名称", ColumnRole.Name), new("决算数", ColumnRole.Amount)],
        [Group("人员经费", Group3()), Group("公用经费", [.. Group3(), .. Group3()])],
        [new(Block), new(Block), new(Block)],
        new CodeRows(CodeList.Economic, SubjectLevel.Section, [PersonnelTotal, PublicTotal], Standard),
        new TableIdentities([], [], [], Hierarchy: true));
}
