namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>How a table's rows are keyed and which rows the official form always has.</summary>
public abstract record TableRows;

/// <summary>A line of 公开01/04表 whose name is fixed by the layout.</summary>
public sealed record StandardLine(int Number, string Name);

/// <summary>
/// Numbered lines (公开01/04表): the fixed lines; the 26 类 of the functional classification from line 31 +
/// <see cref="ClassLineOffset"/> on (named by the code list); lines up to <see cref="IncomeLines"/> are income (only
/// their first amount column is filled); <see cref="SignedLines"/> may be negative (every other amount of the nine tables
/// is income, spending or a fiscal balance and cannot be; a department's own 年初/年末结转和结余 and its 结余分配 can be,
/// after a loss in its business activities); <see cref="TotalLines"/> are printed as totals (本年收入合计, 总计 …).
/// </summary>
public sealed record LineRows(
    IReadOnlyList<StandardLine> Fixed,
    int ClassLineOffset,
    int IncomeLines,
    IReadOnlyList<int> SignedLines,
    IReadOnlyList<int> TotalLines) : TableRows
{
    public int FirstClassLine => 31 + ClassLineOffset;

    public int LastClassLine => 56 + ClassLineOffset;

    /// <summary>The last line of the table (总计 of expenditure).</summary>
    public int LastLine => 2 * IncomeLines;

    /// <summary>The fixed name of a line, or null for the 类 lines (named by the code list) and the unnamed ones.</summary>
    public string? FixedName(int number) => Fixed.FirstOrDefault(l => l.Number == number)?.Name;
}

/// <summary>Which code list a table's codes come from.</summary>
public enum CodeList
{
    /// <summary>支出功能分类科目: 类 3 digits, 款 5, 项 7.</summary>
    Functional,

    /// <summary>部门支出经济分类科目: 类 3 digits, 款 5.</summary>
    Economic,
}

/// <summary>
/// Rows keyed by classification code down to <see cref="Deepest"/>, plus total rows without a code
/// (<see cref="Totals"/>: 合计; 人员经费合计 and 公用经费合计), and the codes the official form always prints
/// (<see cref="Standard"/>, names from the code list; empty when only the codes with figures are printed).
/// </summary>
public sealed record CodeRows(CodeList List, SubjectLevel Deepest, IReadOnlyList<string> Totals, IReadOnlyList<string> Standard)
    : TableRows;

/// <summary>Rows named by their 项目 (预算数, 决算数), each exactly once.</summary>
public sealed record ItemRows(IReadOnlyList<string> Items) : TableRows;
