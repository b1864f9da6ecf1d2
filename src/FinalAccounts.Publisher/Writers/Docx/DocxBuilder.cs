using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Builds one document's main part from the AST. State lives here for one write only: the body being filled, the
/// orientation of the open section, a pending page break, and counters for bookmark, drawing and relationship ids
/// (assigned in document order, so output is reproducible).
/// </summary>
internal sealed partial class DocxBuilder
{
    private readonly DocumentTree document;
    private readonly WriterContext context;
    private readonly DocumentStyle style;
    private readonly MainDocumentPart main;
    private readonly Body body = new();
    private readonly DocxBookmarks bookmarks = new();
    private readonly DocxNumbering numbering = new();
    private readonly DocxPageGeometry portrait;
    private readonly DocxPageGeometry landscape;
    private readonly Dictionary<Document.Table, DocxTableLayout> layouts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Figure, RenderedFigure?> rendered = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, int> blockIndex = new(ReferenceEqualityComparer.Instance);
    private readonly DocxPagePlan? plan;
    private int bookmarkId;
    private int drawingId;
    private int imageCount;
    private int linkCount;
    private bool pendingBreak;

    public DocxBuilder(DocumentTree document, WriterContext context, MainDocumentPart main)
    {
        this.document = document;
        this.context = context;
        style = Typeset(context.Style, context.Pagination?.Typefaces);
        this.main = main;
        portrait = DocxPageGeometry.From(style.Page, landscape: false);
        landscape = DocxPageGeometry.From(style.Page, landscape: true);
        plan = DocxPagePlan.From(context.Pagination, document.Blocks.Count);
        for (var i = 0; i < document.Blocks.Count; i++) blockIndex[document.Blocks[i]] = i;
    }

    private DiagnosticBag Diagnostics => context.Diagnostics;

    /// <summary>
    /// The style with each role's list led by the family its pages were measured with (the font table then gives the
    /// style's first choice as the alternative name); unchanged without a pagination.
    /// </summary>
    private static DocumentStyle Typeset(DocumentStyle style, IReadOnlyDictionary<StyleRole, string>? used) =>
        used is null || used.Count == 0 ? style : style with
        {
            Fonts = style.Fonts.ToDictionary(f => f.Key, f => used.TryGetValue(f.Key, out var family)
                ? f.Value with { Families = [family, .. f.Value.Families.Where(x => x != family)] }
                : f.Value),
        };

    /// <summary>
    /// Fills the main part and its parts (styles, settings, numbering, footers). With the one pagination, pages begin
    /// where the PDF's do: a page break before each block a page begins with, and a table in one piece per page.
    /// </summary>
    public void Build(CancellationToken cancellationToken)
    {
        var blocks = document.Blocks;
        var orientation = plan?.Landscape ?? DocxSectionPlan.Landscape(blocks, Layout);
        ClaimBookmarks(blocks);
        var pages = HeadingPages(orientation);
        sectionLandscape = orientation.Length > 0 && orientation[0];
        var kept = KeepRules.KeptWithPrevious(blocks);
        var bodyStart = FrontMatter.BodyStart(blocks);
        inFrontMatter = bodyStart > 0;
        firstBodySection = bodyStart == 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newSection = (i == bodyStart && inFrontMatter)
                || (blocks[i] is not PageBreak && orientation[i] != sectionLandscape);
            if (i == bodyStart && inFrontMatter) StartBody(orientation[i]);
            if (blocks[i] is not PageBreak) SwitchOrientation(orientation[i]);
            if (plan is not null && plan.StartsPage[i] && !newSection && body.HasChildren) pendingBreak = true;
            // A statement or closing line: what was written last keeps with it.
            if (kept[i] && body.LastChild is W.Paragraph last) (last.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
            WriteBlock(blocks[i], pages);
            // The PDF sets a statement or closing line as the tail of the block before: it may begin at a page's
            // last line, which Word's widow control would not allow (and would take the heading above with it).
            if (kept[i] && blocks[i] is Document.Paragraph && body.LastChild is W.Paragraph tail)
                (tail.ParagraphProperties ??= new ParagraphProperties()).WidowControl = new WidowControl { Val = false };
            previousBlock = blocks[i];
        }

        body.Append(SectionProperties(sectionLandscape));
        var root = new W.Document(body);
        // Declared once at the root instead of on every footer reference, hyperlink and picture.
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        root.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        root.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        root.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        main.Document = root;
        AddParts();
    }

    private void WriteBlock(Block block, IReadOnlyDictionary<string, int> pages)
    {
        switch (block)
        {
            case TitleBlock title: WriteTitle(title); break;
            case TableOfContents toc: WriteToc(toc, pages); break;
            case Heading heading: WriteHeading(heading); break;
            case Document.Paragraph paragraph: WriteParagraph(paragraph); break;
            case ListBlock list: WriteList(list); break;
            case PageBreak: pendingBreak = true; break;
            case Document.Table table: WriteTable(table); break;
            case Figure figure: WriteFigure(figure); break;
            default:
                UnrenderedBlocks.Report(Diagnostics, block);
                break;
        }
    }

    private DocxTableLayout Layout(Document.Table table)
    {
        if (!layouts.TryGetValue(table, out var layout))
        {
            var measure = plan?.Table(blockIndex[table]);
            var landscapePage = plan?.Landscape[blockIndex[table]] ?? false;
            layout = measure is null
                ? DocxTableLayout.Compute(table, PlaceCells(table), style, portrait, landscape)
                : DocxTableLayout.FromMeasure(measure, PlaceCells(table), landscapePage ? landscape : portrait);
            layouts[table] = layout;
            if (layout.Overflows)
                Diagnostics.Report(DocxDiagnostics.TooWide, table.Location,
                    $"表“{table.Title}”有 {table.Columns.Count} 列，横向页面仍放不下，各列已压缩。",
                    $"Table '{table.Title}' has {table.Columns.Count} columns and does not fit a landscape page; its columns were squeezed.");
        }

        return layout;
    }

    /// <summary>Heading bookmarks first (a heading keeps its id's name), then tables and figures.</summary>
    private void ClaimBookmarks(IReadOnlyList<Block> blocks)
    {
        foreach (var h in blocks.OfType<Heading>()) bookmarks.Claim(h.Id);
        foreach (var block in blocks)
        {
            if (block is Document.Table t) bookmarks.Claim(t.Id);
            else if (block is Figure f) bookmarks.Claim(f.Id);
        }
    }

    /// <summary>The page of each heading: from the pagination when given, else (or for those it lacks) estimated.</summary>
    private IReadOnlyDictionary<string, int> HeadingPages(bool[] orientation)
    {
        var given = context.Pagination?.HeadingPages;
        if (plan is not null) return plan.Pagination.HeadingPages;
        var headings = document.Blocks.OfType<Heading>().Where(h => h.Id.Length > 0).ToList();
        if (given is not null && headings.All(h => given.ContainsKey(h.Id))) return given;
        var estimate = new DocxPageEstimator(style, portrait, landscape, Layout, Render).Estimate(document.Blocks, orientation);
        if (given is null) return estimate;
        var merged = new Dictionary<string, int>(estimate, StringComparer.Ordinal);
        foreach (var (id, page) in given) merged[id] = page;
        return merged;
    }

    /// <summary>
    /// Appends a paragraph, turning a pending page break into "page break before". The space above the first paragraph of
    /// a page is dropped, as the PDF drops it.
    /// </summary>
    private W.Paragraph Add(W.Paragraph paragraph)
    {
        if (pendingBreak)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
            pendingBreak = false;
            atPageTop = true;
        }

        if (atPageTop)
        {
            var pPr = paragraph.ParagraphProperties ??= new ParagraphProperties();
            (pPr.SpacingBetweenLines ??= new SpacingBetweenLines()).Before = "0";
            atPageTop = false;
        }

        body.Append(paragraph);
        return paragraph;
    }

    /// <summary>Whether the next paragraph is the first of a page (after a section break).</summary>
    private bool atPageTop;

    private static W.Paragraph Para(string styleId, params OpenXmlElement[] content)
    {
        var p = new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        p.Append(content);
        return p;
    }

    private BookmarkStart BookmarkStart(string name) => new() { Id = DocxUnits.Str(++bookmarkId), Name = name };

    private BookmarkEnd BookmarkEnd() => new() { Id = DocxUnits.Str(bookmarkId) };
}
