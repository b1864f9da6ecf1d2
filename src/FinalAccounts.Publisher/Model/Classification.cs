namespace FinalAccounts.Publisher.Model;

/// <summary>An official code list (支出功能分类 or 部门支出经济分类) for one year.</summary>
public sealed record Classification(string File, IReadOnlyDictionary<SubjectCode, ClassificationEntry> Entries)
{
    public ClassificationEntry? Find(SubjectCode code) => Entries.TryGetValue(code, out var e) ? e : null;

    /// <summary>The 类 printed on 公开01表, by line (31–56).</summary>
    public IReadOnlyList<ClassificationEntry> SummaryClasses =>
        Entries.Values.Where(e => e.SummaryLine is not null).OrderBy(e => e.SummaryLine).ToList();
}
