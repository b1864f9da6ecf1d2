using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Fixtures;

/// <summary>
/// A hand-built document with every block kind the disclosure uses — long CJK paragraphs, a table that spans pages,
/// multi-row merged headers, a wide table, a form with merged label cells, figures — for testing writers without
/// the finance stages.
/// </summary>
public static class SampleDocument
{
    private static readonly SourceLocation Here = new("sample.md", 1, 1);

    public static DocumentTree Create()
    {
        var blocks = new List<Block>
        {
            new TitleBlock("2024年度武汉市洪山区经济信息化和科技创新局部门决算", ["武汉市洪山区经济信息化和科技创新局", "2025年2月"], Here),
            new TableOfContents("目  录", 2, Here),
            new PageBreak(Here),
            H(1, "第一部分", "武汉市洪山区经济信息化和科技创新局概况", "part-1"),
            H(2, "一、", "部门主要职责", "part-1-1"),
            P("武汉市洪山区经济信息化和科技创新局要紧紧围绕贯彻实施创新驱动发展战略，强化战略规划、关键核心技术攻关、成果转化、督促检查等管理职责，提升管理效能。抓好科技成果转化，对接科技服务。发挥洪山区科教人才优势，突出以用为导向的科技创新，促进产学研协同创新，提高科技成果供需对接质效，促进科技经济紧密结合。"),
            new Paragraph([new Inline("2024年度收、支总计均为26864.63万元。与2023年度相比，收、支总计减少8684.98万元，降低24.4%，主要原因是科学技术研究与开发资金减少。"), new Inline("此句加粗。", InlineStyle.Bold), new Inline("此句倾斜。", InlineStyle.Italic)], ParagraphKind.Body, Here),
            H(2, "二、", "机构设置情况", "part-1-2"),
            P("从单位构成看，武汉市洪山区经济信息化和科技创新局部门决算由实行独立核算的武汉市洪山区经济信息化和科技创新局本级决算组成。"),
            new ListBlock(true, [[new Inline("稳工业，抓项目，拓空间。")], [new Inline("重培育；促转化；强支撑。")]], Here),
            H(1, "第二部分", "武汉市洪山区经济信息化和科技创新局2024年度部门决算表", "part-2"),
            H(2, "一、", "收入支出决算总表", "table-01"),
            SummaryTable(),
            H(2, "三、", "支出决算表", "table-03"),
            LongTable(),
            H(2, "九、", "财政拨款“三公”经费支出决算表", "table-09"),
            WideTable(),
            new PageBreak(Here),
            H(1, "第三部分", "武汉市洪山区经济信息化和科技创新局2024年度部门决算情况说明", "part-3"),
            H(2, "一、", "收入支出决算总体情况说明", "part-3-1"),
            P("2024年度收、支总计均为26864.63万元。与2023年度相比，收、支总计减少8684.98万元，降低24.4%，主要原因是科学技术研究与开发资金减少。"),
            BarFigure(),
            H(2, "二、", "收入决算情况说明", "part-3-2"),
            P("2024年度收入合计26864.63万元，与2023年度相比，收入合计减少8684.98万元，降低24.4%。其中：财政拨款收入26864.63万元，占本年收入100%。本年度无上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入。"),
            PieFigure(),
            H(3, "（一）", "一般公共预算财政拨款支出决算总体情况", "part-3-5-1"),
            H(4, "1.", "一般公共服务支出具体包括", "part-3-5-1-1"),
            H(5, "（1）", "事业运行", "part-3-5-1-1-1"),
            P("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）年初预算为307.48万元，支出决算为190.01万元，完成年初预算的61.8%，支出决算数小于年初预算数的主要原因：区大数据中心合并，年中调整了预算数。"),
            H(1, "第六部分", "附件", "part-6"),
            FormTable(),
        };
        for (var i = 0; i < 6; i++)
            blocks.Add(P("上级转移支付8710.82万元，主要成效为支持我区29家企业获得省级制造业高质量发展专项资金，推动我区省级专精特新企业的培育工作，2024年新增45家，累计122家，完成规上工业产值335.6亿，规上工业增加值增速7.9%；支持新增规模以上中小服务业企业数45家；支持纳入创建试点示范新两园改造升级（“小升规”）。"));
        var info = new DocumentInfo(
            "2024年度武汉市洪山区经济信息化和科技创新局部门决算", "武汉市洪山区经济信息化和科技创新局", "部门决算公开",
            ["部门决算", "2024"], "zh-CN", new DateTimeOffset(2025, 2, 10, 0, 0, 0, TimeSpan.Zero));
        return new DocumentTree(info, blocks);
    }

    private static Heading H(int level, string number, string text, string id) => new(level, number, text, id, level <= 2, Here);

    private static Paragraph P(string text) => new([new Inline(text)], ParagraphKind.Body, Here);

    private static TableCell Hd(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, CellAlign.Center);

    private static TableMetaLine[] Preamble(string form) =>
        [new("", "", form), new("部门：武汉市洪山区经济信息化和科技创新局", "2024年度", "单位：万元")];

    private static Table SummaryTable()
    {
        string[] income = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"];
        string[] spend = ["一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出", "七、文化旅游体育与传媒支出", "八、社会保障和就业支出"];
        string[] amounts = ["311.32", "", "3,489.00", "", "", "17,078.57", "", "308.20"];
        var body = new List<TableRow>();
        for (var i = 0; i < 8; i++)
            body.Add(new TableRow([new(income[i]), new((i + 1).ToString()), new(i == 0 ? "26,864.63" : ""), new(spend[i]), new((31 + i).ToString()), new(amounts[i])]));
        body.Add(new TableRow([new("本年收入合计", Bold: true), new("27"), new("26,864.63"), new("本年支出合计", Bold: true), new("57"), new("26,864.63")], TableRowKind.Total));
        return new Table("table-01", "收入支出决算总表", Preamble("公开01表"),
            [new(CellAlign.Left, 3), new(CellAlign.Center, 0.6), new(CellAlign.Right, 1.4, true), new(CellAlign.Left, 3), new(CellAlign.Center, 0.6), new(CellAlign.Right, 1.4, true)],
            [
                new TableRow([Hd("收入", 3), Hd("支出", 3)], TableRowKind.Header),
                new TableRow([Hd("项目"), Hd("行次"), Hd("金额"), Hd("项目"), Hd("行次"), Hd("金额")], TableRowKind.Header),
                new TableRow([Hd("栏次"), Hd(""), Hd("1"), Hd("栏次"), Hd(""), Hd("2")], TableRowKind.ColumnNumbers),
            ],
            body,
            ["注：1. 本表反映部门本年度的总收入和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"],
            false, Here);
    }

    private static Table LongTable()
    {
        var body = new List<TableRow> { new([new("合计", 2, Align: CellAlign.Center, Bold: true), new("26,864.63"), new("1,660.86"), new("25,203.77")], TableRowKind.Total) };
        for (var i = 0; i < 70; i++)
        {
            var code = i % 7 == 0 ? $"2{i:00}" : i % 3 == 0 ? $"2{i:00}01" : $"2{i:00}01{i % 10:00}";
            body.Add(new TableRow([new(code), new($"科学技术管理事务第{i + 1}项支出"), new($"{1000 + i * 37.5m:#,##0.00}"), new(i % 2 == 0 ? $"{i * 3.25m:#,##0.00}" : ""), new($"{1000 + i * 34.25m:#,##0.00}")]));
        }

        return new Table("table-03", "支出决算表", Preamble("公开03表"),
            [new(CellAlign.Left, 1.2), new(CellAlign.Left, 4), new(CellAlign.Right, 1.5, true), new(CellAlign.Right, 1.5, true), new(CellAlign.Right, 1.5, true)],
            [
                new TableRow([Hd("项目", 2), Hd("本年支出合计", rowSpan: 2), Hd("基本支出", rowSpan: 2), Hd("项目支出", rowSpan: 2)], TableRowKind.Header),
                new TableRow([Hd("功能分类科目编码"), Hd("科目名称")], TableRowKind.Header),
                new TableRow([Hd("类/款/项"), Hd("栏次"), Hd("1"), Hd("2"), Hd("3")], TableRowKind.ColumnNumbers),
            ],
            body, ["注：本表反映部门本年度各项支出情况。"], false, Here);
    }

    private static Table WideTable()
    {
        string[] block = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"];
        var h1 = new List<TableCell> { Hd("预算数", 6), Hd("决算数", 6) };
        var h2 = new List<TableCell>();
        var h3 = new List<TableCell>();
        for (var b = 0; b < 2; b++)
        {
            h2.Add(Hd(block[0], rowSpan: 2));
            h2.Add(Hd(block[1], rowSpan: 2));
            h2.Add(Hd(block[2], 3));
            h2.Add(Hd(block[3], rowSpan: 2));
            h3.AddRange([Hd("小计"), Hd("公务用车购置费"), Hd("公务用车运行维护费")]);
        }

        var numbers = Enumerable.Range(1, 12).Select(i => Hd(i.ToString())).ToList();
        var columns = Enumerable.Range(0, 12).Select(_ => new TableColumn(CellAlign.Right, 1, true)).ToList();
        return new Table("table-09", "财政拨款“三公”经费支出决算表", Preamble("公开09表"), columns,
            [new(h1, TableRowKind.Header), new(h2, TableRowKind.Header), new(h3, TableRowKind.Header), new(numbers, TableRowKind.ColumnNumbers)],
            [new([new("8.80"), new(""), new("8.80"), new(""), new("8.80"), new(""), new("6.72"), new(""), new("6.72"), new(""), new("6.72"), new("")])],
            ["注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。"], true, Here);
    }

    private static Table FormTable()
    {
        var body = new List<TableRow>
        {
            new([new("项目名称", IsHeader: true), new("科学技术研究与开发资金", 6)]),
            new([new("预算执行情况（万元）（20分）", RowSpan: 2, IsHeader: true), new("年度财政资金总额", RowSpan: 2, IsHeader: true), new("预算数（A）", IsHeader: true), new("执行数（B）", IsHeader: true), new("执行率（B/A）", IsHeader: true), new("得分（20分×执行率）", 2, IsHeader: true)]),
            new([new("15,975.89", Align: CellAlign.Right), new("15,353.43", Align: CellAlign.Right), new("96.10%", Align: CellAlign.Right), new("19.22", 2, Align: CellAlign.Right)]),
            new([new("年度绩效指标（60分）", RowSpan: 4, IsHeader: true), new("一级指标", IsHeader: true), new("二级指标", IsHeader: true), new("指标名称", IsHeader: true), new("年初目标值（A）", IsHeader: true), new("实际完成值（B）", IsHeader: true), new("得分", IsHeader: true)]),
            new([new("产出指标", RowSpan: 3), new("数量指标", RowSpan: 2), new("新增规上工业企业数"), new("10家"), new("12家"), new("2", Align: CellAlign.Right)]),
            new([new("新增设备数量"), new("≥5台套"), new("13台套"), new("2", Align: CellAlign.Right)]),
            new([new("质量指标"), new("科普场馆验收合格率"), new("100%"), new("100%"), new("1", Align: CellAlign.Right)]),
            new([new("偏差大或目标未完成原因分析", IsHeader: true), new("工业企业产值增幅≥5%指标未完成。\n原因：2024年10、11、12月中信科移动被省统计局抽中产值数据要强审，24年全年产值39.7亿（同期57.97亿），影响了整体产值增速。", 6)]),
        };
        return new Table("form-1", "2024年度科学技术研究与开发资金项目自评表",
            [new("单位名称（盖章）：区经科局", "填报日期：2025年2月10日", "自评得分：98.22分")],
            [new(CellAlign.Center, 1.6), new(CellAlign.Center, 1.2), new(CellAlign.Center, 1.2), new(CellAlign.Left, 2.4), new(CellAlign.Center, 1.3), new(CellAlign.Center, 1.3), new(CellAlign.Center, 0.8)],
            [], body, [], true, Here);
    }

    private static Figure BarFigure() => new("fig-1", "图1", "收、支决算总计变动情况",
        new ChartSpec(ChartKind.GroupedBar, "收、支决算总计变动情况", "万元", ["收入总计", "支出总计"],
            [new("2023年度", [35549.61m, 35549.61m], ["35549.61", "35549.61"]), new("2024年度", [26864.63m, 26864.63m], ["26864.63", "26864.63"])]),
        "柱状图：2023年度收入总计35549.61万元、支出总计35549.61万元；2024年度收入总计26864.63万元、支出总计26864.63万元。", Here);

    private static Figure PieFigure() => new("fig-2", "图2", "收入决算结构",
        new ChartSpec(ChartKind.Pie, "收入决算结构", "万元", ["财政拨款收入"], [new("2024年度", [26864.63m], ["财政拨款收入 26864.63万元 100%"])]),
        "饼图：财政拨款收入26864.63万元，占100%。", Here);
}
