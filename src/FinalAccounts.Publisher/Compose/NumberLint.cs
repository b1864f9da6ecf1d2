using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Flags digits typed into a template's literal text (outside {{ }}): numbers must come from data. Directive lines
/// (<c>:::</c>), list numbering at the start of a line (1. or （1）) and lines marked <c>{{# number-ok }}</c> are exempt.
/// </summary>
public static class NumberLint
{
    public const string Pragma = "# number-ok";

    public static void Check(TemplateFile template, DiagnosticBag bag)
    {
        var lines = template.Text.Split('\n');
        var inCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var exempt = line.Contains(Pragma, StringComparison.Ordinal) || line.TrimStart().StartsWith(":::", StringComparison.Ordinal);
            for (var c = 0; c < line.Length; c++)
            {
                if (!inCode && c + 1 < line.Length && line[c] == '{' && line[c + 1] == '{')
                {
                    inCode = true;
                    c++;
                    continue;
                }

                if (inCode && c + 1 < line.Length && line[c] == '}' && line[c + 1] == '}')
                {
                    inCode = false;
                    c++;
                    continue;
                }

                if (inCode || exempt || !IsDigit(line[c]) || IsListNumber(line, c)) continue;
                var end = c;
                while (end < line.Length && (IsDigit(line[end]) || line[end] is '.' or ',' or '%')) end++;
                var number = line[c..end];
                bag.Report(ComposeCodes.TypedNumber, template.Locate(i, c),
                    $"模板中直接写了数字“{number}”。", $"The number '{number}' is typed into the template.");
                c = end;
            }
        }
    }

    /// <summary>Whether the digits at <paramref name="c"/> are a list label at the start of the line: "1. " or "（1）".</summary>
    private static bool IsListNumber(string line, int c)
    {
        var start = line.Length - line.TrimStart().Length;
        var end = c;
        while (end < line.Length && IsDigit(line[end])) end++;
        if (c == start) return end < line.Length && line[end] == '.';
        return c == start + 1 && line[start] is '（' or '(' && end < line.Length && line[end] is '）' or ')';
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
