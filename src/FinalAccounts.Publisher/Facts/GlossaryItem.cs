namespace FinalAccounts.Publisher.Facts;

/// <summary>名词解释（十）: a 项 the department uses, named by its 类/款/项 path, with its official definition.</summary>
public sealed record GlossaryItem(string Code, string Path, string Definition);
