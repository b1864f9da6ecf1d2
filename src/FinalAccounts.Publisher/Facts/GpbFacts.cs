using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>五 一般公共预算财政拨款支出: total, its share of all spending, the 类 structure, execution by 项, the main projects.</summary>
public sealed record GpbFacts(
    Comparison Total,
    Ratio? ShareOfExpenditure,
    Located<string> Reason,
    IReadOnlyList<ClassShare> Classes,
    Execution Execution,
    Money Basic,
    Money Project,
    IReadOnlyList<ProjectUse> Projects,
    IReadOnlyList<ClassExecution> ExecutionByClass);

/// <summary>A 类 of 五（二）: amount, share of the total, what it was used for, and the amount against the prior year.</summary>
public sealed record ClassShare(string Code, string Name, Money Amount, Ratio? Share, Located<string> Use, Comparison PriorYear);

/// <summary>A project named in 五（三）: what it spent and what it achieved.</summary>
public sealed record ProjectUse(Located<string> Name, Money Actual, Located<string> Outcomes);

/// <summary>The 项 of one 类 in 五（三）.</summary>
public sealed record ClassExecution(string Code, string Name, IReadOnlyList<ItemExecution> Items);

/// <summary>One 项 of 五（三）: its 类/款/项 names, budget against actual, and the reason.</summary>
public sealed record ItemExecution(
    string Code, string ClassName, string SectionName, string ItemName, Execution Execution, Located<string> Reason);
