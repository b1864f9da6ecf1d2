namespace FinalAccounts.Publisher.Model;

/// <summary>第四部分 重点工作完成情况: the Markdown text (key-work.md) and its table (key-work.csv).</summary>
public sealed record KeyWork(Located<string> Markdown, IReadOnlyList<KeyWorkRow> Rows);
