namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// Folds a flood of one kind of problem: of the diagnostics with the same code and severity in the same file (or sheet of a workbook), the first
/// <see cref="Shown"/> are kept and the rest become one line at the first one left out, "另有 N 处同类错误".
/// </summary>
public static class RepeatedDiagnostics
{
    /// <summary>How many diagnostics of one code and severity a file shows before the rest are summed up.</summary>
    public const int Shown = 20;

    /// <summary>The sorted diagnostics with repeats beyond <see cref="Shown"/> folded into a summary line each.</summary>
    public static IReadOnlyList<Diagnostic> Fold(IReadOnlyList<Diagnostic> sorted)
    {
        var groups = sorted.GroupBy(d => (d.Location.Source, d.Code.Id, d.Severity)).Where(g => g.Count() > Shown)
            .ToDictionary(g => g.Key, g => g.ToList());
        if (groups.Count == 0) return sorted;
        var result = new List<Diagnostic>();
        var seen = new Dictionary<(SourceLocation, string, Severity), int>();
        foreach (var d in sorted)
        {
            var key = (d.Location.Source, d.Code.Id, d.Severity);
            if (!groups.TryGetValue(key, out var group))
            {
                result.Add(d);
                continue;
            }

            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (n <= Shown) result.Add(d);
            else if (n == Shown + 1) result.Add(Summary(d, group.Skip(Shown).Sum(x => x.Count)));
        }

        return result;
    }

    /// <summary>
    /// The line that stands for <paramref name="more"/> diagnostics like <paramref name="first"/>, from its place on; a
    /// reader that could find millions of one problem adds this instead of the rest.
    /// </summary>
    public static Diagnostic Summary(Diagnostic first, int more)
    {
        var (zh, en) = first.Severity switch
        {
            Severity.Error => ("错误", "errors"),
            Severity.Warning => ("警告", "warnings"),
            _ => ("提示", "notes"),
        };
        var title = first.Code.Title;
        return first with
        {
            Message = new LocalizedText($"另有 {more} 处同类{zh}（{title.Zh}），从这里起不再逐条列出。",
                $"{more} more {en} of the same kind ({title.En}) from here on, not listed one by one."),
            Figures = null,
            Count = more,
            SeverityOverride = first.Severity,
        };
    }
}
