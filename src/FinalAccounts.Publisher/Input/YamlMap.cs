using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// A YAML mapping read with every value's place. Getters report missing keys and wrong kinds of value as diagnostics
/// and return a neutral value, so a whole file is read in one pass; <see cref="Done"/> reports keys nobody asked for.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);
    private readonly DiagnosticBag bag;
    private readonly bool silent;
    private readonly Func<YamlNode, SourceLocation>? locator;

    /// <summary>
    /// A mapping of <paramref name="file"/>; <paramref name="locator"/> places its nodes when they were not parsed from
    /// the file's text (a workbook sheet read as a mapping, each value at its cell).
    /// </summary>
    public YamlMap(string file, YamlMappingNode node, DiagnosticBag bag, bool silent = false, Func<YamlNode, SourceLocation>? locator = null)
    {
        File = file;
        this.bag = bag;
        this.silent = silent;
        this.locator = locator;
        Location = Locate(node);
        foreach (var pair in node.Children)
            if (pair.Key is YamlScalarNode { Value: { } k })
                entries[k] = pair;
    }

    public string File { get; }

    /// <summary>The unit this file's amounts are written in (department.yaml's amount_unit; 万元 by default).</summary>
    public AmountUnit Unit { get; init; } = AmountUnit.WanYuan;

    public DiagnosticBag Bag => bag;

    /// <summary>A stand-in for a file that could not be read (already reported): every getter gives its neutral value quietly.</summary>
    public static YamlMap Unreadable(string file, DiagnosticBag bag) => new(file, new YamlMappingNode(), bag, silent: true);

    public SourceLocation Location { get; }

    public IEnumerable<string> Keys => entries.Keys;

    public SourceLocation Locate(YamlNode node) => locator?.Invoke(node) ?? new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Text; an empty value ("") gives "". Missing or null and required: reported.</summary>
    public Located<string> Text(string key, bool required = true)
    {
        if (Value(key, required) is not { } node) return new("", Location);
        if (node is YamlScalarNode scalar) return new(Clean(scalar), Locate(node));
        WrongType(node, key, "文字", "text");
        return new("", Locate(node));
    }

    /// <summary>A name or title, which headings print: text of at most <see cref="InputLimits.NameChars"/> characters.</summary>
    public Located<string> Name(string key, bool required = true)
    {
        var name = Text(key, required);
        if (name.Value.Length > InputLimits.NameChars)
            bag.Report(InputCodes.TooLarge, name.Location, $"“{key}”有 {name.Value.Length} 个字，名称和标题最多 {InputLimits.NameChars} 字。",
                $"'{key}' holds {name.Value.Length} characters; a name or title may hold {InputLimits.NameChars}.");
        return name;
    }

    /// <summary>An amount in 万元 that cannot be negative.</summary>
    public Amount Money(string key, bool required = true) => OptionalMoney(key, required) ?? new Amount(0m, Location);

    /// <summary>An amount, in 万元 (entered in <see cref="Unit"/>); negative only when <paramref name="signed"/> (a reported decrease).</summary>
    public Amount? OptionalMoney(string key, bool required = false, bool signed = false)
    {
        var number = OptionalNumber(key, 2, required, signed);
        return number is { } n ? new Amount(Unit.ToWanYuan(n.Value), n.Location) : null;
    }

    /// <summary>A number with at most <paramref name="decimals"/> places; negative only when <paramref name="signed"/>.</summary>
    public Located<decimal>? OptionalNumber(string key, int decimals, bool required = false, bool signed = false)
    {
        if (Scalar(key, required, "数字", "number") is not { } scalar) return null;
        var text = Clean(scalar);
        if (text.Length == 0)
        {
            if (required) Empty(scalar, key);
            return null;
        }

        var value = AmountParser.ParseDecimal(text, Locate(scalar), bag, decimals, signed);
        return value is { } v ? new Located<decimal>(v, Locate(scalar)) : null;
    }

    public Located<int> Integer(string key, bool required = true) => OptionalInteger(key, required) ?? new Located<int>(0, Location);

    public Located<int>? OptionalInteger(string key, bool required = false)
    {
        if (Scalar(key, required, "整数", "whole number") is not { } scalar) return null;
        var text = Clean(scalar);
        if (text.Length == 0)
        {
            if (required) Empty(scalar, key);
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return new Located<int>(value, Locate(scalar));
        WrongType(scalar, key, "非负整数", "a whole number");
        return null;
    }

    public Located<DateOnly> Date(string key, bool required = true)
    {
        if (Scalar(key, required, "日期", "date") is not { } scalar) return new(default, Location);
        var text = Clean(scalar);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new(date, Locate(scalar));
        WrongType(scalar, key, "日期（如 2025-02-10）", "a date such as 2025-02-10");
        return new(default, Locate(scalar));
    }

    public YamlMap? Map(string key, bool required = true)
    {
        if (Value(key, required) is not { } node) return null;
        if (node is YamlMappingNode mapping) return new YamlMap(File, mapping, bag, silent, locator) { Unit = Unit };
        WrongType(node, key, "一组“键: 值”", "a mapping of keys");
        return null;
    }

    public IReadOnlyList<Located<string>> TextList(string key, bool required = true)
    {
        if (Value(key, required) is not { } node) return [];
        if (node is YamlSequenceNode sequence)
            return sequence.Children.Select(c => c is YamlScalarNode s ? new Located<string>(Clean(s), Locate(s)) : Bad(c)).ToList();
        WrongType(node, key, "列表（每行以“- ”开头）", "a list (lines starting with '- ')");
        return [];

        Located<string> Bad(YamlNode c)
        {
            WrongType(c, key, "文字", "text");
            return new("", Locate(c));
        }
    }

    /// <summary>A list of lists of texts (rows of cells), e.g. a table header; a single flat list is one row.</summary>
    public IReadOnlyList<IReadOnlyList<string>> RawRows(string key)
    {
        if (Value(key, required: false) is not YamlSequenceNode rows) return [];
        if (rows.Children.All(c => c is YamlScalarNode))
            return [rows.Children.Select(c => Clean((YamlScalarNode)c)).ToList()];
        return rows.Children.Select(r => r is YamlSequenceNode cells
            ? (IReadOnlyList<string>)cells.Children.Select(c => c is YamlScalarNode s ? Clean(s) : "").ToList()
            : []).ToList();
    }

    /// <summary>Every entry as (key text with place, value text with place), in file order, for free-form mappings.</summary>
    public IReadOnlyList<(Located<string> Key, Located<string> Value)> TextPairs()
    {
        var list = new List<(Located<string>, Located<string>)>();
        foreach (var (k, v) in entries.Values)
        {
            asked.Add(((YamlScalarNode)k).Value!);
            var key = new Located<string>(((YamlScalarNode)k).Value!, Locate(k));
            if (v is YamlScalarNode s) list.Add((key, new Located<string>(Clean(s), Locate(s))));
            else WrongType(v, key.Value, "文字", "text");
        }

        return list;
    }

    /// <summary>The value of a key; null when the key is absent or its value is null (either reported when required).</summary>
    private YamlNode? Value(string key, bool required)
    {
        asked.Add(key);
        if (!entries.TryGetValue(key, out var pair))
        {
            if (required) Missing(key);
            return null;
        }

        if (!IsNull(pair.Value)) return pair.Value;
        if (required) Empty(pair.Value, key);
        return null;
    }

    /// <summary>Whether a node is YAML's null: a plain <c>~</c>, <c>null</c> (any case YAML allows) or nothing at all.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private YamlScalarNode? Scalar(string key, bool required, string kindZh, string kindEn)
    {
        if (Value(key, required) is not { } node) return null;
        if (node is YamlScalarNode scalar) return scalar;
        WrongType(node, key, kindZh, kindEn);
        return null;
    }

    private static string Clean(YamlScalarNode scalar) => IsNull(scalar) ? "" : (scalar.Value ?? "").Replace("\r\n", "\n").Trim();
}
