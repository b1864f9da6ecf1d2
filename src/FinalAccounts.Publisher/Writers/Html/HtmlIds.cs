using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// Unique element ids for the blocks that carry one (headings, tables, figures), assigned before writing so the table of
/// contents can link to headings that come after it. A duplicate or blank id gets a suffix or a fallback.
/// </summary>
internal sealed class HtmlIds
{
    private readonly Dictionary<Block, string> byBlock = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> firstByOriginal = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public HtmlIds(IEnumerable<Block> blocks)
    {
        // The skip link's target; the page's other ids are taken with Unique after the blocks'.
        used.Add("content");
        var n = 0;
        foreach (var block in blocks)
        {
            n++;
            var original = block switch
            {
                Heading h => h.Id,
                Table t => t.Id,
                Figure f => f.Id,
                _ => null,
            };
            if (original is null) continue;
            var id = Unique(HtmlText.SafeId(original, "b" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            byBlock[block] = id;
            firstByOriginal.TryAdd(original, id);
        }
    }

    /// <summary>The id of a heading, table or figure.</summary>
    public string Of(Block block) => byBlock[block];

    /// <summary>A new id that no element of the page uses yet.</summary>
    public string Unique(string wanted)
    {
        var id = wanted;
        for (var i = 2; !used.Add(id); i++) id = wanted + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id;
    }

    /// <summary>A "#id" link rewritten to the id the target actually got.</summary>
    public string Link(string link) =>
        link.StartsWith('#') && firstByOriginal.TryGetValue(link[1..], out var id) ? "#" + id : link;
}
