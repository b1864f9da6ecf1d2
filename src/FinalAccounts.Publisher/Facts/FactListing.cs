using System.Globalization;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// The facts of a department as <c>finacc facts</c> lists them: every variable a template can use, parents before their
/// members, with values printed by the house style's formatter. Members of a comparison that all lack the same base are
/// one row (<c>t01.line28.prior_year.{prior, change, …}</c>), so the listing stays readable.
/// </summary>
public static class FactListing
{
    public static IReadOnlyList<FactRow> Rows(DisclosureFacts facts, NumberFormatter format)
    {
        var rows = new List<FactRow>();
        Add(rows, "", FactCatalog.Of(facts), format);
        return rows;
    }

    private static void Add(List<FactRow> rows, string prefix, FactNode node, NumberFormatter format)
    {
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var path = prefix.Length == 0 || child.Name.StartsWith('[') ? prefix + child.Name : prefix + "." + child.Name;
            if (child.Kind == FactKind.Missing)
            {
                var run = children.Skip(i).TakeWhile(c => c.Kind == FactKind.Missing && c.Missing == child.Missing).ToList();
                var name = run.Count == 1 ? path : $"{prefix}.{{{string.Join(", ", run.Select(c => c.Name))}}}";
                rows.Add(new FactRow(name, FactKind.Missing, "", "", child.Location, "", "", child.Missing));
                i += run.Count - 1;
                continue;
            }

            rows.Add(new FactRow(path, child.Kind, Value(child), Printed(child, format), child.Location, child.Formula, child.Label, null));
            if (child.Kind != FactKind.List || child.Value is int) Add(rows, path, child, format);
        }
    }

    private static string Value(FactNode node) => node.Kind switch
    {
        FactKind.Object => "",
        FactKind.List when node.Value is int n => n.ToString(CultureInfo.InvariantCulture) + " 项",
        FactKind.Flag => node.Value is true ? "true" : "false",
        _ => Convert.ToString(node.Value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Printed(FactNode node, NumberFormatter format) => (node.Kind, node.Value) switch
    {
        (FactKind.Amount, decimal d) => format.ProseWithUnit(d),
        (FactKind.Ratio, decimal r) => format.Percent(r),
        _ => "",
    };
}
