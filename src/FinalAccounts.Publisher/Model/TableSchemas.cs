namespace FinalAccounts.Publisher.Model;

/// <summary>
/// The official layouts of the nine tables as the data files hold them: CSV columns, the fixed lines of 公开01/04表, and
/// the identities each row or line must satisfy. One place, so readers, checks and composition agree.
/// </summary>
public static class TableSchemas
{
    public const string CodeColumn = "科目编码";
    public const string NameColumn = "科目名称";
    public const string LineColumn = "行次";
    public const string ItemColumn = "项目";
    public const string TotalRowName = "合计";

    public static ClassifiedSchema T02 { get; } = new(PublicTable.T02, "tables/02.csv", "收入决算表",
        ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        [new RowIdentity(0, [1, 2, 3, 4, 5, 6], [])]);

    public static ClassifiedSchema T03 { get; } = new(PublicTable.T03, "tables/03.csv", "支出决算表",
        ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        [new RowIdentity(0, [1, 2, 3, 4, 5], [])]);

    public static ClassifiedSchema T05 { get; } = new(PublicTable.T05, "tables/05.csv", "一般公共预算财政拨款支出决算表",
        ["本年支出小计", "基本支出", "项目支出"],
        [new RowIdentity(0, [1, 2], [])]);

    public static ClassifiedSchema T07 { get; } = new(PublicTable.T07, "tables/07.csv", "政府性基金预算财政拨款收入支出决算表",
        ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"],
        [new RowIdentity(2, [3, 4], []), new RowIdentity(5, [0, 1], [2])]);

    public static ClassifiedSchema T08 { get; } = new(PublicTable.T08, "tables/08.csv", "国有资本经营预算财政拨款支出决算表",
        ["本年支出合计", "基本支出", "项目支出"],
        [new RowIdentity(0, [1, 2], [])]);

    /// <summary>公开01表: income lines 1–8 and 27–30, the 26 类 on lines 31–56, then 57–60.</summary>
    public static LineSchema T01 { get; } = new(PublicTable.T01, "tables/01.csv", "收入支出决算总表", ["金额"],
        [
            new(1, "一般公共预算财政拨款收入"), new(2, "政府性基金预算财政拨款收入"), new(3, "国有资本经营预算财政拨款收入"),
            new(4, "上级补助收入"), new(5, "事业收入"), new(6, "经营收入"), new(7, "附属单位上缴收入"), new(8, "其他收入"),
            new(27, "本年收入合计"), new(28, "使用非财政拨款结余（含专用结余）"), new(29, "年初结转和结余"), new(30, "总计"),
            new(57, "本年支出合计"), new(58, "结余分配"), new(59, "年末结转和结余"), new(60, "总计"),
        ],
        ClassLineOffset: 0,
        IncomeLines: 30,
        [
            new LineIdentity(27, Range(1, 8)),
            new LineIdentity(30, [27, 28, 29]),
            new LineIdentity(57, Range(31, 56)),
            new LineIdentity(60, [57, 58, 59]),
        ],
        [new LineEquality(30, 60)],
        RowIdentityFromLine: 0,
        SignedLines: [29, 58, 59]);

    /// <summary>公开04表: income lines 1–3 and 27–32, the 26 类 on lines 33–58, then 59–64 (expenditure lines have 小计 + three columns).</summary>
    public static LineSchema T04 { get; } = new(PublicTable.T04, "tables/04.csv", "财政拨款收入支出决算总表",
        ["决算数", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        [
            new(1, "一般公共预算财政拨款"), new(2, "政府性基金预算财政拨款"), new(3, "国有资本经营预算财政拨款"),
            new(27, "本年收入合计"), new(28, "年初财政拨款结转和结余"), new(29, "一般公共预算财政拨款"),
            new(30, "政府性基金预算财政拨款"), new(31, "国有资本经营预算财政拨款"), new(32, "总计"),
            new(59, "本年支出合计"), new(60, "年末财政拨款结转和结余"), new(61, "一般公共预算财政拨款"),
            new(62, "政府性基金预算财政拨款"), new(63, "国有资本经营预算财政拨款"), new(64, "总计"),
        ],
        ClassLineOffset: 2,
        IncomeLines: 32,
        [
            new LineIdentity(27, [1, 2, 3]),
            new LineIdentity(28, [29, 30, 31]),
            new LineIdentity(32, [27, 28]),
            new LineIdentity(59, Range(33, 58)),
            new LineIdentity(60, [61, 62, 63]),
            new LineIdentity(64, [59, 60]),
        ],
        [new LineEquality(32, 64)],
        RowIdentityFromLine: 33);

    /// <summary>公开06表 columns.</summary>
    public static IReadOnlyList<string> T06Columns { get; } = [CodeColumn, NameColumn, "决算数"];

    public const string PersonnelTotalName = "人员经费合计";
    public const string PublicTotalName = "公用经费合计";

    /// <summary>公开09表 columns (after 项目) and its two rows.</summary>
    public static IReadOnlyList<string> T09Columns { get; } =
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"];

    public const string BudgetRowName = "预算数";
    public const string ActualRowName = "决算数";

    /// <summary>budget-execution.csv columns.</summary>
    public static IReadOnlyList<string> BudgetExecutionColumns { get; } = [CodeColumn, NameColumn, "年初预算", "决算数", "原因"];

    /// <summary>The columns of a form's indicator CSV.</summary>
    public static IReadOnlyList<string> IndicatorColumns { get; } = ["一级指标", "二级指标", "指标名称", "年初目标值", "实际完成值", "得分"];

    /// <summary>key-work.csv columns.</summary>
    public static IReadOnlyList<string> KeyWorkColumns { get; } = ["序号", "重要事项", "工作内容及目标", "完成情况"];

    private static int[] Range(int from, int to) => Enumerable.Range(from, to - from + 1).ToArray();
}

/// <summary>The layout of a classified table: its file, title, amount columns and row identities.</summary>
public sealed record ClassifiedSchema(PublicTable Id, string File, string Title, IReadOnlyList<string> Columns, IReadOnlyList<RowIdentity> RowIdentities);

/// <summary>Within a row: column <see cref="Target"/> = Σ <see cref="Plus"/> − Σ <see cref="Minus"/>.</summary>
public sealed record RowIdentity(int Target, IReadOnlyList<int> Plus, IReadOnlyList<int> Minus);

/// <summary>A line of 公开01/04表 whose name is fixed by the layout.</summary>
public sealed record StandardLine(int Number, string Name);

/// <summary>Line <see cref="Target"/> = Σ lines <see cref="Plus"/>, in every column.</summary>
public sealed record LineIdentity(int Target, IReadOnlyList<int> Plus);

/// <summary>Two lines that must be equal (收入总计 = 支出总计).</summary>
public sealed record LineEquality(int Left, int Right);

/// <summary>
/// The layout of 公开01表 or 公开04表: amount columns, fixed lines, where the 26 类 start (line 31 + offset), how many lines
/// are income, the line sums, equalities, from which line on column 0 = Σ the other columns, and the lines that may be
/// negative. Every other amount of the nine tables is income, spending or a fiscal balance and cannot be negative; a
/// department's own 年初/年末结转和结余 and its 结余分配 can be (a loss in its business activities).
/// </summary>
public sealed record LineSchema(
    PublicTable Id,
    string File,
    string Title,
    IReadOnlyList<string> Columns,
    IReadOnlyList<StandardLine> FixedLines,
    int ClassLineOffset,
    int IncomeLines,
    IReadOnlyList<LineIdentity> Identities,
    IReadOnlyList<LineEquality> Equalities,
    int RowIdentityFromLine,
    IReadOnlyList<int>? SignedLines = null)
{
    public int FirstClassLine => 31 + ClassLineOffset;

    public int LastClassLine => 56 + ClassLineOffset;
}
