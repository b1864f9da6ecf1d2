using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>A row of 重点工作完成情况表.</summary>
public sealed record KeyWorkRow(Located<string> Number, Located<string> Matter, Located<string> Content, Located<string> Status, SourceLocation Location);
