using System.Text;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>Operators on the CSV tables and YAML files: slips of one line, values the model must refuse (null, negative,
/// huge), structures YAML allows but a department file does not (more documents, list roots, aliases, tags).</summary>
internal static class DataOperators
{
    public static IEnumerable<FuzzOperator> All =>
    [
        new("csv", c => Lines(c, ".csv")),
        new("csv", c => Lines(c, ".csv")),
        new("csv", CsvValue),
        new("csv", c => Edit(c, ".csv", t => "\"" + t, "an unmatched quote at the start")),
        new("csv", c => Edit(c, ".csv", t => string.Concat(Enumerable.Repeat(t, 40)), "the file repeated 40 times")),
        new("yaml", c => Lines(c, ".yaml")),
        new("yaml", c => Lines(c, ".yaml")),
        new("yaml", YamlValue),
        new("yaml", c => Edit(c, ".yaml", t => t + "---\nname: 第二个文档\n", "a second document")),
        new("yaml", c => Edit(c, ".yaml", _ => c.Rng.Next(2) == 0 ? "- a\n- b\n" : "只是一段文字\n", "a list or text root")),
        new("yaml", c => Edit(c, ".yaml", t => t + "zz_bomb: &a [x, x, x, x, x, x, x, x]\nzz_b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "zz_c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nzz_d: [*c, *c, *c, *c, *c, *c, *c, *c]\n", "aliases that multiply")),
        new("yaml", c => Edit(c, ".yaml", t => t + "zz_tag: !!binary aGVsbG8=\nzz_obj: !<tag:yaml.org,2002:python/object> {}\n", "tags")),
        new("yaml", c => Edit(c, ".yaml", t => t.Replace(": ", ": &x ", StringComparison.Ordinal), "every value anchored")),
    ];

    private static string Lines(FuzzCase c, string extension)
    {
        var file = c.Pick(c.DataFiles(extension));
        var lines = c.ReadText(file).Split('\n').ToList();
        var what = LineMutations.Mutate(lines, c.Rng);
        c.WriteText(file, string.Join("\n", lines));
        return $"{file}: {what}";
    }

    private static string Edit(FuzzCase c, string extension, Func<string, string> edit, string what)
    {
        var file = c.Pick(c.DataFiles(extension));
        c.WriteText(file, edit(c.ReadText(file)));
        return $"{file}: {what}";
    }

    private static readonly string[] CsvValues =
    [
        "-1", "-0.01", "99999999999999999999999999999", "1e400", "NaN", "١٢٣", "\"26,864.63\"", "0x10", "1,2", "＝SUM(A1)",
        "=cmd|' /C calc'!A0", "\"a\"\"b\"", "", " ", "1.123456789", "\u202E123", "<script>alert(1)</script>", "R&amp;D",
    ];

    private static string CsvValue(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".csv"));
        var lines = c.ReadText(file).Split('\n');
        var row = c.Rng.Next(lines.Length);
        var fields = lines[row].Split(',');
        var col = c.Rng.Next(fields.Length);
        var value = CsvValues[c.Rng.Next(CsvValues.Length)];
        fields[col] = value;
        lines[row] = string.Join(",", fields);
        c.WriteText(file, string.Join("\n", lines));
        return $"{file}: field {col + 1} of line {row + 1} set to {Show(value)}";
    }

    private static readonly string[] YamlValues =
    [
        "~", "null", "-5", "-0.01", "\"\"", "[]", "{}", "[1, 2]", "99999999999999999999999999999", ".nan", "-.inf", "0x1F", "1_000",
        "2024-13-45", "yes", "\"<script>alert(1)</script>\"", "\"A&amp;B <b>x</b>\"", "\"# 标题\\n- 列表\"", "|\n  多行\n\n  文字",
        "\"\\u202E反转\"", "\"\\u0000\"", "\"{{ 1 + 1 }}\"",
    ];

    private static string YamlValue(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".yaml"));
        var lines = c.ReadText(file).Split('\n');
        var keyed = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": ", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith('#')).ToList();
        if (keyed.Count == 0) return $"{file}: no value to set";
        var at = keyed[c.Rng.Next(keyed.Count)];
        var value = YamlValues[c.Rng.Next(YamlValues.Length)];
        lines[at] = lines[at][..(lines[at].IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
        c.WriteText(file, string.Join("\n", lines));
        return $"{file}: value of line {at + 1} set to {Show(value)}";
    }

    /// <summary>A value as a description shows it: escaped, cut at 40 characters.</summary>
    public static string Show(string value)
    {
        var text = new StringBuilder();
        foreach (var ch in value.Length > 40 ? value[..40] + "…" : value)
            text.Append(char.IsControl(ch) || ch is '\u202E' ? $"\\u{(int)ch:X4}" : ch.ToString());
        return "'" + text + "'";
    }
}
