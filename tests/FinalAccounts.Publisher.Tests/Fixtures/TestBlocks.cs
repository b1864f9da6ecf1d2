using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Fixtures;

/// <summary>
/// Small documents for writer tests: headings, paragraphs, a table of numbered rows (第N行) with an optional total
/// and note, and a 自评表-like form with a tall row and a group of indicator rows under spanning labels.
/// </summary>
internal static class TestBlocks
{
    private static readonly SourceLocation Here = new("blocks.md", 1, 1);

    public static DocumentTree Document(params Block[] blocks) =>
        new(new DocumentInfo("t", "t", "t", [], "zh-CN", new DateTimeOffset(2025, 2, 10, 0, 0, 0, TimeSpan.Zero)), blocks);

    public static Heading Heading(string text, int level = 2) => new(level, "", text, "h-" + text.GetHashCode().ToString("x"), true, Here);

    public static Paragraph Para(string text) => new([new Inline(text)], ParagraphKind.Body, Here);

    /// <summary>Body text of about <paramref name="lines"/> full lines.</summary>
    public static Paragraph Lines(int lines) => Para(string.Concat(Enumerable.Repeat("一二三四五六七八九十", lines * 3)));

    /// <summary>
    /// A table with a header row and <paramref name="count"/> body rows labelled 第1行…; <paramref name="totalAt"/> makes
    /// that row (1-based) a total row; <paramref name="note"/> adds a 注 line.
    /// </summary>
    public static Table Rows(int count, int? totalAt = null, string? note = null, bool wide = false)
    {
        var columns = Enumerable.Range(0, wide ? 9 : 3).Select(i => new TableColumn(i == 0 ? CellAlign.Left : CellAlign.Right, 1, i > 0)).ToList();
        var labels = columns.Select((_, i) => new TableCell(i == 0 ? "项目" : $"金额{i}", Align: CellAlign.Center)).ToList();
        var header = new TableRow(labels, TableRowKind.Header);
        var body = Enumerable.Range(1, count).Select(i => new TableRow(
            columns.Select((_, c) => new TableCell(c == 0 ? $"第{i}行" : $"{i * 100 + c}.00")).ToList(),
            i == totalAt ? TableRowKind.Total : TableRowKind.Body)).ToList();
        return new Table("t-" + count, "测试表", [new("", "", "单位：万元")], columns, [header], body, note is null ? [] : [note], wide, Here);
    }

    /// <summary>
    /// A 自评表-like form: a few identity rows, an optional tall row of running text (<paramref name="tallLines"/> lines),
    /// then a group of <paramref name="indicators"/> indicator rows under the spanning labels 年度绩效指标 / 产出指标 /
    /// 数量指标 and their label row (一级指标…得分).
    /// </summary>
    public static Table Form(int indicators, int tallLines = 0)
    {
        static TableCell L(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, CellAlign.Center, IsHeader: true);
        var body = new List<TableRow>
        {
            new([L("项目名称"), new("测试项目", 6)]),
            new([L("主管部门"), new("测试局", 2), L("实施单位"), new("测试处", 3)]),
        };
        if (tallLines > 0) body.Add(new([L("年度目标（20分）"), new(string.Concat(Enumerable.Repeat("推动工业企业完成年度目标任务，", tallLines * 4)), 5), new("20")]));
        body.Add(new([L("年度绩效指标（60分）", rowSpan: indicators + 1), L("一级指标"), L("二级指标"), L("指标名称"), L("年初目标值"), L("实际完成值"), L("得分")]));
        for (var i = 1; i <= indicators; i++)
        {
            var cells = new List<TableCell>();
            if (i == 1)
                cells.AddRange([new("产出指标", RowSpan: indicators, Align: CellAlign.Center), new("数量指标", RowSpan: indicators, Align: CellAlign.Center)]);
            cells.AddRange([new($"第{i}行"), new("≥5家"), new("6家"), new("1")]);
            body.Add(new TableRow(cells));
        }

        body.Add(new([L("偏差大或目标未完成原因分析"), new("无", 6)]));
        var columns = new[] { 1.6, 1.1, 1.1, 2.6, 1.4, 1.4, 0.8 }
            .Select((w, i) => new TableColumn(i == 3 ? CellAlign.Left : CellAlign.Center, w)).ToList();
        return new Table("form", "测试项目自评表", [new("单位名称（盖章）：测试局", "", "自评得分：98分")], columns, [], body, [], true, Here);
    }
}
