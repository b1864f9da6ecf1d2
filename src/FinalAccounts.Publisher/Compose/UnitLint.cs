using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Flags a unit typed into a template's text (万元 after <c>{{ money x }}</c>) where the style prints the part's amounts in
/// another unit (元): the text would then be wrong by ten thousand. Lines marked <c>{{# number-ok }}</c> (fixed
/// phrases such as “单位价值100万元以上”) and directive lines are exempt. In the model's own unit (万元) nothing is flagged.
/// </summary>
internal static class UnitLint
{
    public static void Check(TemplateFile template, AmountUnit unit, DiagnosticBag bag)
    {
        if (unit == AmountUnit.WanYuan) return;
        var lines = template.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains(NumberLint.Pragma, StringComparison.Ordinal) || line.TrimStart().StartsWith(":::", StringComparison.Ordinal))
                continue;
            var at = Literal(line, AmountUnit.WanYuan.Name);
            if (at < 0) continue;
            bag.Report(ComposeCodes.UnitWord, new SourceLocation(template.DisplayPath, i + 1, at + 1),
                $"模板中写了“{AmountUnit.WanYuan.Name}”，而本版式这一部分的金额单位是“{unit.Name}”。",
                $"The template says {AmountUnit.WanYuan.Name} where the style prints this part in {unit.Name}.");
        }
    }

    /// <summary>Where the word stands in the line's text outside {{ }}, or -1.</summary>
    private static int Literal(string line, string word)
    {
        var inCode = false;
        for (var c = 0; c < line.Length; c++)
        {
            if (c + 1 < line.Length && line[c] == '{' && line[c + 1] == '{') inCode = true;
            else if (c + 1 < line.Length && line[c] == '}' && line[c + 1] == '}') inCode = false;
            else if (!inCode && string.CompareOrdinal(line, c, word, 0, word.Length) == 0) return c;
        }

        return -1;
    }
}
