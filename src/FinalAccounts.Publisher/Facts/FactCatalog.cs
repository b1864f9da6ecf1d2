using System.Collections;
using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Every fact a template can use, as a tree of <see cref="FactNode"/>s built from <see cref="DisclosureFacts"/> by the
/// rule templates read them with (<see cref="FactNames"/>): what <c>finacc facts</c> prints and data.json holds.
/// </summary>
public static class FactCatalog
{
    /// <summary>The facts' tree; its root has no name.</summary>
    public static FactNode Of(DisclosureFacts facts) => Node("", facts, null, "");

    /// <summary>Every fact with its path (gpb.classes[0].amount), parents before their members.</summary>
    public static IEnumerable<(string Path, FactNode Node)> Flatten(FactNode root) => Flatten("", root);

    private static IEnumerable<(string Path, FactNode Node)> Flatten(string prefix, FactNode node)
    {
        foreach (var child in node.Children)
        {
            var path = child.Name.StartsWith('[') || prefix.Length == 0 ? prefix + child.Name : prefix + "." + child.Name;
            yield return (path, child);
            foreach (var entry in Flatten(path, child)) yield return entry;
        }
    }

    private static FactNode Node(string name, object? value, PropertyInfo? property, string label, bool expand = true)
    {
        var formula = property?.GetCustomAttribute<ComputedAttribute>()?.Formula ?? "";
        FactNode Leaf(FactKind kind, object? v, SourceLocation at) => new(name, kind, v, at, formula, label, []);
        return value switch
        {
            null => Leaf(property?.PropertyType == typeof(Ratio?) ? FactKind.Ratio : FactKind.Text, null, SourceLocation.None),
            Money m => Leaf(FactKind.Amount, m.Value, m.Source),
            Ratio r => Leaf(FactKind.Ratio, r.Value, SourceLocation.None),
            Located<string> s => Leaf(FactKind.Text, s.Value, s.Location),
            Located<int> i => Leaf(IsYear(name) ? FactKind.Year : FactKind.Count, i.Value, i.Location),
            string s => Leaf(FactKind.Text, s, SourceLocation.None),
            int i => Leaf(IsYear(name) ? FactKind.Year : FactKind.Count, i, SourceLocation.None),
            bool b => Leaf(FactKind.Flag, b, SourceLocation.None),
            Enum e => Leaf(FactKind.Word, FactNames.Of(e.ToString()), SourceLocation.None),
            FactGroup g => Group(name, label, g),
            IEnumerable list => List(name, label, formula, list, expand),
            _ => Record(name, label, formula, value),
        };
    }

    private static bool IsYear(string name) => name == "year" || name.EndsWith("_year", StringComparison.Ordinal);

    private static FactNode Group(string name, string label, FactGroup group) =>
        new(name, FactKind.Object, null, SourceLocation.None, "", label,
            group.Members.Select(m => Node(m.Name, m.Value, null, m.Label, m.Expanded)).ToList());

    private static FactNode List(string name, string label, string formula, IEnumerable list, bool expand)
    {
        var items = list.Cast<object?>().ToList();
        var children = expand ? items.Select((item, i) => Node($"[{i}]", item, null, "")).ToList() : [];
        object value = items.All(i => i is string) ? string.Join("、", items) : items.Count;
        return new(name, FactKind.List, value, SourceLocation.None, formula, label, children);
    }

    private static FactNode Record(string name, string label, string formula, object record)
    {
        var children = new List<FactNode>();
        foreach (var (member, property) in FactNames.PropertiesOf(record.GetType()))
        {
            if (FactMembers.TryRead(record, property, out var value, out var missing))
            {
                children.Add(Node(member, value, property, "") with
                {
                    InOpenData = property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null,
                });
            }
            else
            {
                children.Add(new FactNode(member, FactKind.Missing, null, SourceLocation.None,
                    property.GetCustomAttribute<ComputedAttribute>()?.Formula ?? "", "", [], new(missing!.Zh, missing.En)));
            }
        }

        return new(name, FactKind.Object, null, SourceLocation.None, formula, label, children);
    }
}
