using System.Runtime.CompilerServices;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// The PDF layout engine's public face: pages a document exactly as <see cref="PdfWriter"/> will, so other writers
/// (the Word TOC) can print the same page numbers. Keep one per process: it caches fonts and character widths.
/// </summary>
public sealed class PdfLayout
{
    private readonly FontBook fonts;

    // The last layout of each document (while the document is alive): paginating for the Word TOC and then writing the
    // PDF lay the document out once. Keyed by the document instance, checked against the style and figure renderer.
    private readonly ConditionalWeakTable<DocumentTree, CachedLayout> cache = new();

    public PdfLayout(FontCatalog fonts)
    {
        this.fonts = new FontBook(fonts);
    }

    /// <summary>The font catalog the layout uses.</summary>
    public FontCatalog Fonts => fonts.Catalog;

    /// <summary>
    /// Reads and parses every font the style's roles use, as the first layout in this style would (the CJK faces are tens
    /// of megabytes). Done ahead on a spare core, it takes that work off the first layout; problems are left for the
    /// layout to meet and report.
    /// </summary>
    public void LoadFonts(DocumentStyle style)
    {
        foreach (var spec in style.Fonts.Values) fonts.Get(spec);
    }

    /// <summary>Whether every font of the style's roles is loaded (by <see cref="LoadFonts"/> or a layout).</summary>
    internal bool HasFonts(DocumentStyle style) => style.Fonts.Values.All(fonts.IsLoaded);

    /// <summary>Pages the document in the given style; problems (missing fonts or glyphs) go to <paramref name="diagnostics"/> when given.</summary>
    public Pagination Paginate(DocumentTree document, DocumentStyle style, DiagnosticBag? diagnostics = null,
        CancellationToken cancellationToken = default) =>
        Paginate(document, new WriterContext(style, null, diagnostics ?? new DiagnosticBag()), cancellationToken);

    /// <summary>Pages the document as the writer would with this context (figure sizes come from its renderer).</summary>
    public Pagination Paginate(
        DocumentTree document, WriterContext context, CancellationToken cancellationToken = default)
    {
        var result = Run(document, context, cancellationToken);
        if (result is null) return Pagination.Empty;
        return new Pagination(result.HeadingPages(), result.Pages.Count, result.Pages.Count(p => p.Number is null), result.LineBreaks)
        {
            Pages = result.Pages.Select(p =>
                new PageStart(
                    p.Number, p.Geometry.Landscape, p.Origin.Block, p.Origin.Continues, p.Origin.Row, p.Origin.Line)
                {
                    SplitCells = p.Origin.SplitCells ?? [],
                }).ToList(),
            Tables = result.Tables.ToDictionary(t => t.Key, t => t.Value.Measure()),
            Figures = result.Figures,
            ListLabels = result.ListLabels,
            Typefaces = result.Typefaces,
        };
    }

    /// <summary>The full layout, or null when fonts are missing (reported).</summary>
    internal LayoutResult? Run(DocumentTree document, WriterContext context, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(document, out var hit) && ReferenceEquals(hit.Style, context.Style) && ReferenceEquals(hit.Figures, context.Figures))
        {
            context.Diagnostics.AddRange(hit.Diagnostics);
            return hit.Result;
        }

        var bag = new DiagnosticBag();
        var own = context with { Diagnostics = bag };
        var layoutContext = LayoutContext.TryCreate(own, fonts, cancellationToken);
        var result = layoutContext is null ? null : DocumentLayout.Run(document, layoutContext);
        cache.AddOrUpdate(document, new CachedLayout(context.Style, context.Figures, result, bag.Items.ToList()));
        context.Diagnostics.AddRange(bag.Items);
        return result;
    }

    private sealed record CachedLayout(DocumentStyle Style, IFigureRenderer? Figures, LayoutResult? Result, IReadOnlyList<Diagnostic> Diagnostics);
}
