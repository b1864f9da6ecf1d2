using System.Globalization;

namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// Lists what is still to fill in, grouped by file: the diagnostics of one file that stand for a value left empty
/// (<see cref="Diagnostic.ToDo"/>), when there are two or more, become one line at the first of them —
/// "还有 9 项要填写：name、short_name、…（第 12–20 行）" — that counts for all of them. A folder made by <c>finacc new</c>
/// thus checks as a short to-do list, one line per file, not a line per key.
/// </summary>
public static class ToDoList
{
    /// <summary>How many names a to-do line spells out before "等".</summary>
    private const int Named = 8;

    public static IReadOnlyList<Diagnostic> Fold(IReadOnlyList<Diagnostic> sorted)
    {
        var files = sorted.Where(d => d.ToDo is not null).GroupBy(d => (d.Location.Source, d.Code.Id)).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToList());
        if (files.Count == 0) return sorted;
        var result = new List<Diagnostic>();
        foreach (var d in sorted)
        {
            if (d.ToDo is null || !files.TryGetValue((d.Location.Source, d.Code.Id), out var group)) result.Add(d);
            else if (ReferenceEquals(group[0], d)) result.Add(Line(group));
        }

        return result;
    }

    private static Diagnostic Line(List<Diagnostic> group)
    {
        var names = string.Join("、", group.Take(Named).Select(d => d.ToDo));
        var namesEn = string.Join(", ", group.Take(Named).Select(d => d.ToDo));
        var more = group.Count > Named ? "等" : "";
        var moreEn = group.Count > Named ? ", …" : "";
        var lines = group.Select(d => d.Location.Line).Where(l => l > 0).ToList();
        var (zhLines, enLines) = lines.Count == 0 ? ("", "")
            : (FormattableString.Invariant($"（第 {lines.Min()}–{lines.Max()} 行）"), FormattableString.Invariant($" (lines {lines.Min()}–{lines.Max()})"));
        var n = group.Count.ToString(CultureInfo.InvariantCulture);
        return group[0] with
        {
            Message = new LocalizedText(
                DiagnosticText.Printable($"还有 {n} 项要填写：{names}{more}{zhLines}。"),
                DiagnosticText.Printable($"{n} values still to fill in: {namesEn}{moreEn}{enLines}.")),
            Count = group.Count,
            ToDo = null,
        };
    }
}
