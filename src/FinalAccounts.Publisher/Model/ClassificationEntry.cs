namespace FinalAccounts.Publisher.Model;

/// <summary>
/// An entry of an official code list: code, name, level; for the functional classification the 公开01表 line of a 类
/// and the glossary definition; for the economic classification the group (人员经费/公用经费).
/// </summary>
public sealed record ClassificationEntry(SubjectCode Code, string Name, SubjectLevel Level, int? SummaryLine, string Definition, EconomicGroup? Group);
