using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FinalAccounts.Publisher.Input;

/// <summary>An item of a YAML list or a value of a mapping: a text, a mapping, or neither (null), with its place.</summary>
internal sealed record YamlItem(Located<string>? Text, YamlMap? Map, SourceLocation Location);

internal sealed partial class YamlMap
{
    /// <summary>Whether the key is present; the key counts as known (for <see cref="Done"/>'s hints) either way.</summary>
    public bool Has(string key)
    {
        asked.Add(key);
        return entries.ContainsKey(key);
    }

    /// <summary>Whether the key's value is a mapping (nothing is reported; the key counts as known).</summary>
    public bool HoldsMap(string key)
    {
        asked.Add(key);
        return entries.TryGetValue(key, out var pair) && pair.Value is YamlMappingNode;
    }

    /// <summary>The items of a list (empty when the key is absent); a value that is not a list is reported.</summary>
    public IReadOnlyList<YamlItem> Items(string key)
    {
        if (Value(key, required: false) is not { } node) return [];
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(node, key, "列表（每行以“- ”开头）", "a list (lines starting with '- ')");
            return [];
        }

        return sequence.Children.Select(Item).ToList();
    }

    /// <summary>The entries of this mapping in file order, each key with its value as an item (null values as empty text).</summary>
    public IReadOnlyList<(Located<string> Key, YamlItem Value)> Entries()
    {
        var list = new List<(Located<string>, YamlItem)>();
        foreach (var (k, v) in entries.Values)
        {
            var key = ((YamlScalarNode)k).Value!;
            asked.Add(key);
            list.Add((new Located<string>(key, Locate(k)), Item(v)));
        }

        return list;
    }

    /// <summary>
    /// Text whose place is its first character (inside the quotes of a quoted value), for values that are templates and
    /// report errors by column.
    /// </summary>
    public Located<string> ContentText(string key) =>
        Value(key, required: false) is YamlScalarNode s ? Content(s) : Text(key, required: false);

    /// <summary>
    /// Text that is printed as written: a quoted value keeps its leading and trailing spaces (a separator " "), an
    /// unquoted one is trimmed as any text.
    /// </summary>
    public Located<string> SpacedText(string key) =>
        Value(key, required: false) is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } s && !IsNull(s)
            ? new((s.Value ?? "").Replace("\r\n", "\n"), Locate(s))
            : Text(key, required: false);

    private YamlItem Item(YamlNode node) => node switch
    {
        YamlScalarNode s when IsNull(s) => new YamlItem(null, null, Locate(s)),
        YamlScalarNode s => new YamlItem(Content(s), null, Locate(s)),
        YamlMappingNode m => new YamlItem(null, new YamlMap(File, m, bag, silent, locator) { Unit = Unit }, Locate(m)),
        _ => Bad(node),
    };

    private Located<string> Content(YamlScalarNode s)
    {
        var quoted = s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var at = Locate(s);
        return new(Clean(s), at with { Column = at.Column + (quoted ? 1 : 0) });
    }

    private YamlItem Bad(YamlNode node)
    {
        bag.Report(InputCodes.WrongType, Locate(node), "列表中的这一项应为文字或一组“键: 值”。", "This list item must be a text or a mapping.");
        return new YamlItem(null, null, Locate(node));
    }
}
