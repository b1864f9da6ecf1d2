namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A line (行次) of a 公开表 of lines (公开01/04表) as templates reach it (<c>t01.line28</c>): its number, its name, its
/// first amount (金额, 决算数), and that amount against the prior year.
/// </summary>
public sealed record LineFact(int Number, string Name, Money Amount, Comparison PriorYear);
