using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>Checks a golden file against generated Markdown and lists every expectation that does not hold.</summary>
internal static partial class GoldenMatcher
{
    public static List<string> Check(GoldenFile golden, MarkdownView view)
    {
        var problems = new List<string>();
        foreach (var section in golden.Sections)
        {
            if (section.Name == "parts") Ordered(section, view.Headings, problems);
            else if (section.Name == "sections") Sections(section, view, problems);
            else if (section.Name.StartsWith("table ", StringComparison.Ordinal)) Table(section, view, problems);
            else if (section.Name == "sentences")
                problems.AddRange(section.Lines.Where(l => !view.Blocks.Any(b => b.Contains(l.Text, StringComparison.Ordinal))).Select(l => $"[sentences] {l}"));
            else if (section.Name == "forms") Forms(section, view, problems);
            else problems.Add($"unknown section [{section.Name}]");
        }

        return problems;
    }

    private static void Ordered(GoldenSection section, IReadOnlyList<string> headings, List<string> problems)
    {
        var from = 0;
        foreach (var line in section.Lines)
        {
            var at = IndexOf(headings, line.Text, from);
            if (at < 0) problems.Add($"[{section.Name}] heading missing or out of order: {line}");
            else from = at + 1;
        }
    }

    private static void Sections(GoldenSection section, MarkdownView view, List<string> problems)
    {
        var start = view.Headings.FindIndex(h => h.StartsWith("第三部分", StringComparison.Ordinal));
        var end = view.Headings.FindIndex(h => h.StartsWith("第四部分", StringComparison.Ordinal));
        if (start < 0 || end < start)
        {
            problems.Add("[sections] 第三部分/第四部分 headings not found");
            return;
        }

        Ordered(section, view.Headings.Skip(start).Take(end - start).ToList(), problems);
    }

    private static void Table(GoldenSection section, MarkdownView view, List<string> problems)
    {
        var label = "公开" + section.Name[6..] + "表";
        var table = view.Tables.FirstOrDefault(t => t.Above.Contains(label));
        if (table is null)
        {
            problems.Add($"[{section.Name}] no table labelled {label}");
            return;
        }

        Rows(section.Name, section.Lines, table.Rows, problems, checkAmounts: true);
        var matched = section.Lines.Count;
        var withAmounts = table.Rows.Count(r => r.Any(IsAmount));
        if (withAmounts != matched && problems.Count == 0)
            problems.Add($"[{section.Name}] the table has {withAmounts} rows with amounts, the golden file lists {matched}");
    }

    /// <summary>Each line must match a later row than the previous one: its cells in order as whole cells; with amounts checked, every amount of the row listed.</summary>
    private static void Rows(string name, IReadOnlyList<GoldenLine> lines, IReadOnlyList<IReadOnlyList<string>> rows, List<string> problems, bool checkAmounts)
    {
        var from = 0;
        foreach (var line in lines)
        {
            var at = -1;
            for (var r = from; r < rows.Count && at < 0; r++)
                if (IsSubsequence(line.Cells, rows[r]) && (!checkAmounts || rows[r].Where(IsAmount).All(a => line.Cells.Contains(a)))
                    && (!checkAmounts || rows[r].Count(IsAmount) == line.Cells.Count(IsAmount)))
                    at = r;
            if (at < 0)
            {
                var near = rows.FirstOrDefault(r => r.Contains(line.Cells[0]));
                problems.Add($"[{name}] row not found: {line}" + (near is null ? "" : $"\n      nearest row: {string.Join(" | ", near.Where(c => c.Length > 0))}"));
            }
            else from = at + 1;
        }
    }

    private static void Forms(GoldenSection section, MarkdownView view, List<string> problems)
    {
        var forms = new List<(GoldenLine Title, List<GoldenLine> Lines)>();
        foreach (var line in section.Lines)
        {
            if (line.Text.StartsWith("form: ", StringComparison.Ordinal)) forms.Add((line, []));
            else forms[^1].Lines.Add(line);
        }

        foreach (var (titleLine, lines) in forms)
        {
            var title = titleLine.Text["form: ".Length..];
            var table = view.Tables.FirstOrDefault(t => t.Above.Contains(title));
            if (table is null)
            {
                problems.Add($"[forms] no form titled {title} ({titleLine})");
                continue;
            }

            var cells = table.Rows.Prepend(table.Header).SelectMany(r => r).ToHashSet();
            var text = string.Join("\n", table.Above);
            var indicators = new List<GoldenLine>();
            foreach (var line in lines)
            {
                var c = line.Cells;
                if (c.Count == 2)
                {
                    var ok = c[0] switch
                    {
                        "总分" => text.Contains($"总分：{c[1]}分") || text.Contains($"自评得分：{c[1]}分"),
                        "填报日期" => text.Contains($"填报日期：{c[1]}"),
                        _ => cells.Contains(c[1]),
                    };
                    if (!ok) problems.Add($"[forms] {title}: {c[0]} {c[1]} not found ({line})");
                }
                else indicators.Add(line);
            }

            Rows($"forms {title}", indicators, table.Rows.Prepend(table.Header).ToList(), problems, checkAmounts: false);
        }
    }

    private static bool IsSubsequence(IReadOnlyList<string> wanted, IReadOnlyList<string> row)
    {
        var i = 0;
        foreach (var cell in row)
            if (i < wanted.Count && cell == wanted[i]) i++;
        return i == wanted.Count;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value, int from)
    {
        for (var i = from; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }

    private static bool IsAmount(string cell) => Amount().IsMatch(cell);

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*\.\d{2}$")]
    private static partial Regex Amount();
}
