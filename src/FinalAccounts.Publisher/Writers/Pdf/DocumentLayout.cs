using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Lays out a whole document: builds the elements, pages them, and repeats with the TOC's page numbers filled in until
/// the numbers no longer change (usually two passes).
/// </summary>
internal static class DocumentLayout
{
    private const int MaxPasses = 6;

    public static LayoutResult Run(DocumentTree document, LayoutContext context)
    {
        var factory = new BlockFactory(context);
        var hasToc = document.Blocks.OfType<TableOfContents>().Any();
        IReadOnlyDictionary<string, int>? numbers = null;
        var elements = factory.Build(document, null);
        for (var pass = 1; ; pass++)
        {
            var pages = new Paginator(context, factory.BlockOf).Run(elements);
            var result = new LayoutResult(pages, Headings(pages), pass, factory.LineBreaks)
            {
                Tables = factory.Tables, Figures = factory.Figures, ListLabels = factory.ListLabels, Typefaces = context.Typefaces(),
            };
            var found = result.HeadingPages();
            if (!hasToc || (numbers is not null && Same(numbers, found)) || pass >= MaxPasses) return result;
            numbers = found;
            // Only the TOC changes between passes; rebuild quietly so diagnostics are not reported twice.
            elements = factory.WithToc(elements, document, numbers);
        }
    }

    private static List<PlacedHeading> Headings(IReadOnlyList<LayoutPage> pages)
    {
        var headings = new List<PlacedHeading>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var op in pages[i].Ops)
            {
                if (op is AnchorOp a) headings.Add(new PlacedHeading(a.Id, a.Level, a.Title, i, a.Y));
            }
        }

        return headings;
    }

    private static bool Same(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
