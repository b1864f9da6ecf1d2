namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>Operators on texts: Markdown that key-work.md may or may not hold (HTML, entities, directives, deep
/// nesting), invisible characters and characters no font has, values and files far over the size limits, YAML nested deeper than any stack.</summary>
internal static class TextOperators
{
    private const string KeyWork = "key-work.md";

    private static readonly string[] Snippets =
    [
        "R&amp;D 与 A&B", "<script>alert(1)</script>", "<b>粗</b><br/>", "&#x202E;反转&#0;", ":::warning\n注意\n:::", "::: {.x}\n块\n",
        "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |", "![图](/etc/passwd)", "[链接](javascript:alert(1))", "$$x^2$$", "脚注[^1]\n\n[^1]: 注",
        "<!-- 注释 -->", "####### 七级", "标题\n===", "```\n未闭合的代码", "* * *", "[x]: http://example.com", "1. 一\n   1. 二",
        "- [ ] 待办", "<div>\n块\n</div>", "\\", "*", "`", "# " + new string('长', 150), "&nbsp;&lt;&gt;&quot;", "{{ department.name }}",
    ];

    public static IEnumerable<FuzzOperator> All =>
    [
        new("markdown", c => Insert(c, Snippets[c.Rng.Next(Snippets.Length)])),
        new("markdown", c => Insert(c, Snippets[c.Rng.Next(Snippets.Length)])),
        new("markdown", c => Lines(c)),
        new("depth", c => Nested(c, c.Rng.Next(3) switch { 0 => 10, 1 => 70, _ => 400 })),
        new("depth", c => DeepYaml(c, c.Rng.Next(3) switch { 0 => 31, 1 => 40, _ => 30_000 })),
        new("encoding", Invisible),
        new("glyph", Unfontable),
        new("size", c => Insert(c, new string('字', c.Rng.Next(2) == 0 ? 700_000 : 2_000_000))),
        new("size", c => YamlText(c, "organization_note", new string('字', c.Rng.Next(3) switch { 0 => 10_001, 1 => 20_000, _ => 10_000_000 }))),
        new("size", c => YamlText(c, "name", new string('名', c.Rng.Next(2) == 0 ? 101 : 3_000))),
        new("size", UnknownKeys),
    ];

    private static string Insert(FuzzCase c, string snippet)
    {
        var lines = c.ReadText(KeyWork).Split('\n').ToList();
        var at = c.Rng.Next(lines.Count + 1);
        lines.Insert(at, snippet);
        c.WriteText(KeyWork, string.Join("\n", lines));
        return $"{KeyWork}: {DataOperators.Show(snippet)} ({snippet.Length} characters) inserted as line {at + 1}";
    }

    private static string Lines(FuzzCase c)
    {
        var lines = c.ReadText(KeyWork).Split('\n').ToList();
        var what = LineMutations.Mutate(lines, c.Rng);
        c.WriteText(KeyWork, string.Join("\n", lines));
        return $"{KeyWork}: {what}";
    }

    private static string Nested(FuzzCase c, int depth) => c.Rng.Next(4) switch
    {
        0 => Insert(c, string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- 项\n"))),
        1 => Insert(c, new string('>', depth) + " 引用"),
        2 => Insert(c, string.Concat(Enumerable.Repeat("*a **", depth * 100))),
        _ => Insert(c, new string('[', depth) + "x" + new string(']', depth)),
    };

    private static string DeepYaml(FuzzCase c, int depth)
    {
        var file = c.Pick(c.DataFiles(".yaml"));
        var nested = c.Rng.Next(2) == 0
            ? "zz_deep: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth)
            : "zz_deep:\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 3_000)).Select(i => new string(' ', i) + "a:\n")) + "  x";
        c.WriteText(file, c.ReadText(file) + nested + "\n");
        return $"{file}: nesting {depth} deep appended";
    }

    private static readonly string[] Invisibles = ["\u202E", "\u200B", "\u0000", "\u2028", "\u0007", "\uFEFF", "\u00AD", "\r"];

    private static string Invisible(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".csv", ".yaml", ".md"));
        var text = c.ReadText(file);
        var ch = Invisibles[c.Rng.Next(Invisibles.Length)];
        var at = c.Rng.Next(text.Length + 1);
        c.WriteText(file, text[..at] + ch + text[at..]);
        return $"{file}: U+{(int)ch[0]:X4} inserted at character {at}";
    }

    /// <summary>Characters no font of the styles has (Arabic-Indic and Thai digits, an emoji): check and build must both stop.</summary>
    private static readonly string[] Unfontables = ["\u0661", "\u0E51", "\U0001F600"];

    private static string Unfontable(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".csv", ".yaml", ".md"));
        var text = c.ReadText(file);
        var ch = Unfontables[c.Rng.Next(Unfontables.Length)];
        var at = c.Rng.Next(text.Length + 1);
        if (at > 0 && char.IsHighSurrogate(text[at - 1])) at--;
        c.WriteText(file, text[..at] + ch + text[at..]);
        return $"{file}: U+{char.ConvertToUtf32(ch, 0):X4} inserted at character {at}";
    }

    private static string YamlText(FuzzCase c, string key, string value)
    {
        var text = c.ReadText("department.yaml");
        var at = text.IndexOf("\n" + key + ": ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', at + 1);
        c.WriteText("department.yaml", text[..(at + key.Length + 3)] + value + text[end..]);
        return $"department.yaml: {key} set to {value.Length} characters";
    }

    private static string UnknownKeys(FuzzCase c)
    {
        var file = c.Pick(c.DataFiles(".yaml"));
        var count = c.Rng.Next(2) == 0 ? 30 : 100_000;
        c.WriteText(file, c.ReadText(file) + string.Concat(Enumerable.Range(0, count).Select(i => $"zz_unknown_{i}: 1\n")));
        return $"{file}: {count} unknown keys appended";
    }
}
