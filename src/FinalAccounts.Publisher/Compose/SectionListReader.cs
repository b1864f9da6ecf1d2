using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Reads the document's structure from style.yaml: <c>sections</c> (the order: each entry an id, or an id with its
/// title or settings — <c>title</c>, <c>include</c>, <c>new_page</c>, <c>numbered</c>, <c>toc</c>, <c>sections</c>),
/// <c>section_changes</c> (settings of sections by id, without restating the order) and <c>numbering</c> (one label per
/// heading level). A style with a base inherits all three: its own <c>sections</c> list replaces the base's order, each
/// entry taking what it leaves out from the base's entry of the same id.
/// </summary>
internal static partial class SectionListReader
{
    public const string SectionsKey = "sections";
    public const string ChangesKey = "section_changes";
    public const string NumberingKey = "numbering";

    /// <summary>The deepest level a section may sit at (headings have five levels).</summary>
    public const int MaxDepth = 5;

    public static IReadOnlyList<SectionEntry> Read(YamlMap y, IReadOnlyList<SectionEntry>? inherited)
    {
        var known = (inherited ?? []).SelectMany(e => e.SelfAndDescendants()).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tree = y.Has(SectionsKey) ? List(y, y.Items(SectionsKey), known, 1, seen) : inherited ?? [];
        if (tree.Count == 0 && inherited is null)
            y.Bag.Report(ComposeCodes.Style, y.Location, "style.yaml 没有 sections：公开文件由哪些部分组成、按什么顺序，需要在这里列出。",
                "style.yaml has no sections: list the parts of the document, in order.");
        if (y.Map(ChangesKey, required: false) is { } changes) tree = Change(tree, changes);
        return tree;
    }

    public static HeadingNumbering Numbering(YamlMap y, HeadingNumbering inherited)
    {
        if (!y.Has(NumberingKey)) return inherited;
        var levels = y.TextList(NumberingKey, required: false);
        foreach (var level in levels.Where(l => !HeadingNumbering.HasPlaceholder(l.Value)))
            y.Bag.Report(ComposeCodes.Style, level.Location,
                $"编号“{level.Value}”中没有 {HeadingNumbering.ChinesePlaceholder}（中文数字）或 {HeadingNumbering.ArabicPlaceholder}（阿拉伯数字），各节会印出同样的编号。",
                $"The label '{level.Value}' has neither {HeadingNumbering.ChinesePlaceholder} nor {HeadingNumbering.ArabicPlaceholder}: every heading would print the same label.");
        if (levels.Count > MaxDepth)
            y.Bag.Report(ComposeCodes.Style, levels[MaxDepth].Location, $"标题最多 {MaxDepth} 级，numbering 最多写 {MaxDepth} 个。",
                $"Headings have {MaxDepth} levels; numbering takes at most {MaxDepth} labels.");
        return new HeadingNumbering(levels.Take(MaxDepth).Select(l => l.Value).ToList());
    }

    private static List<SectionEntry> List(YamlMap owner, IReadOnlyList<YamlItem> items, Dictionary<string, SectionEntry> known,
        int depth, HashSet<string> seen)
    {
        var list = new List<SectionEntry>();
        foreach (var item in items)
        {
            if (Entry(owner, item, known, depth, seen) is { } entry) list.Add(entry);
        }

        return list;
    }

    private static SectionEntry? Entry(YamlMap owner, YamlItem item, Dictionary<string, SectionEntry> known, int depth,
        HashSet<string> seen)
    {
        var bag = owner.Bag;
        if (item.Text is { } text) return Named(owner, text.Value, item.Location, null, null, known, depth, seen);
        if (item.Map is not { } map) return null;
        var entries = map.Entries();
        if (entries.Count != 1)
        {
            bag.Report(ComposeCodes.Style, item.Location,
                "sections 的每一项只写一个部分名（如“- total: 收入支出决算总体情况说明”）；它的设置（title、include…）缩进写在部分名之下。",
                "Each sections item names one section (- total: title); its settings (title, include…) are indented under the name.");
            return null;
        }

        var (id, value) = entries[0];
        return Named(owner, id.Value, id.Location, value.Text, value.Map, known, depth, seen);
    }

    private static SectionEntry? Named(YamlMap owner, string id, SourceLocation at, Model.Located<string>? title, YamlMap? settings,
        Dictionary<string, SectionEntry> known, int depth, HashSet<string> seen)
    {
        var bag = owner.Bag;
        if (!IdPattern().IsMatch(id))
        {
            bag.Report(ComposeCodes.Style, at, $"部分名“{id}”不合规：只能用小写英文字母、数字和“-”（它也是模板文件名 parts/{id}.sbn）。",
                $"Section id '{id}' is invalid: use lowercase letters, digits and '-' (it names the template parts/<id>.sbn).");
            return null;
        }

        if (!seen.Add(id))
        {
            bag.Report(ComposeCodes.Style, at, $"部分“{id}”在 sections 中出现了两次。", $"Section '{id}' is listed twice in sections.");
            return null;
        }

        if (depth > MaxDepth)
            bag.Report(ComposeCodes.Style, at, $"部分“{id}”在第 {depth} 级：标题最多 {MaxDepth} 级。", $"Section '{id}' is at level {depth}; headings have {MaxDepth}.");
        var entry = known.GetValueOrDefault(id) ?? new SectionEntry(id, null, true, null, true, true, [], at);
        entry = entry with { Location = at };
        if (title is { } t) entry = entry with { Title = Title(owner, id, t) };
        if (settings is null) return entry;
        entry = Settings(settings, id, entry);
        if (settings.Has(SectionsKey)) entry = entry with { Children = List(settings, settings.Items(SectionsKey), known, depth + 1, seen) };
        settings.Done();
        return entry;
    }

    /// <summary>An entry with the settings of <paramref name="y"/> applied (all but its children).</summary>
    private static SectionEntry Settings(YamlMap y, string id, SectionEntry entry) => entry with
    {
        Title = y.Has("title") ? Title(y, id, y.ContentText("title")) : entry.Title,
        Include = HouseStyleReader.Bool(y, "include", entry.Include),
        NewPage = y.Has("new_page") ? HouseStyleReader.Bool(y, "new_page", entry.NewPage ?? false) : entry.NewPage,
        Numbered = HouseStyleReader.Bool(y, "numbered", entry.Numbered),
        InToc = HouseStyleReader.Bool(y, "toc", entry.InToc),
    };

    /// <summary>A title is a template in style.yaml; an empty title means a section without a heading.</summary>
    private static TemplateFile? Title(YamlMap y, string id, Model.Located<string> title) =>
        title.Value.Length == 0 ? null : new TemplateFile(id + ".title", y.File, title.Value) { Start = title.Location };

    private static IReadOnlyList<SectionEntry> Change(IReadOnlyList<SectionEntry> tree, YamlMap changes)
    {
        var ids = tree.SelectMany(e => e.SelfAndDescendants()).Select(e => e.Id).ToList();
        var changed = new Dictionary<string, SectionEntry>(StringComparer.Ordinal);
        var all = tree.SelectMany(e => e.SelfAndDescendants()).ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var (id, value) in changes.Entries())
        {
            if (!all.TryGetValue(id.Value, out var entry))
            {
                var near = NearestName.Of(id.Value, ids) is { } n ? $"是不是“{n}”？" : "";
                changes.Bag.Report(ComposeCodes.Style, id.Location,
                    $"section_changes 中的“{id.Value}”不是 sections 中的部分。{near}可用的部分：{new OwnText(string.Join("、", ids))}",
                    $"'{id.Value}' in section_changes is not a section. {(near.Length > 0 ? $"Did you mean '{NearestName.Of(id.Value, ids)}'? " : "")}Sections: {new OwnText(string.Join(", ", ids))}");
                continue;
            }

            if (value.Text is { } title) changed[id.Value] = entry with { Title = Title(changes, id.Value, title) };
            else if (value.Map is { } settings)
            {
                changed[id.Value] = Settings(settings, id.Value, entry);
                settings.Done();
            }
        }

        return Replace(tree, changed);
    }

    private static IReadOnlyList<SectionEntry> Replace(IReadOnlyList<SectionEntry> tree, Dictionary<string, SectionEntry> changed) =>
        tree.Select(e => (changed.GetValueOrDefault(e.Id) ?? e) with { Children = Replace(e.Children, changed) }).ToList();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
