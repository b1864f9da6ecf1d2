using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Measures the document's blocks into flow elements for the paginator (one method per block kind), remembering which
/// block each element draws (<see cref="BlockOf"/>) and how the tables and figures were measured, for the pagination
/// the Word file follows.
/// </summary>
internal sealed partial class BlockFactory(LayoutContext context)
{
    private readonly Dictionary<FlowElement, int> blockOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>The index of the document block each element draws (a kept statement draws with its table's element).</summary>
    public IReadOnlyDictionary<FlowElement, int> BlockOf => blockOf;

    /// <summary>Each table's layout, by block index.</summary>
    public Dictionary<int, TableLayout> Tables { get; } = [];

    /// <summary>Each drawn figure's printed size, by block index.</summary>
    public Dictionary<int, (double WidthPt, double HeightPt)> Figures { get; } = [];

    /// <summary>The width of each list item's label, by block index.</summary>
    public Dictionary<int, IReadOnlyList<double>> ListLabels { get; } = [];

    /// <summary>The elements of the whole document; the TOC shows <paramref name="tocPages"/> (null in the first pass).</summary>
    public List<FlowElement> Build(DocumentTree document, IReadOnlyDictionary<string, int>? tocPages)
    {
        var elements = new List<FlowElement>();
        Block? previous = null;
        breaks = WordBreaks.For(document);
        var kept = KeepRules.KeptWithPrevious(document.Blocks);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var block = document.Blocks[i];
            var first = elements.Count;
            if (kept[i] && block is Paragraph statement && elements.Count > 0)
            {
                // The element before takes the statement with it and stays its block's element.
                var owner = blockOf.GetValueOrDefault(elements[^1], i);
                Keep(elements, statement);
                blockOf[elements[first - 1]] = owner;
                for (var k = first; k < elements.Count; k++) blockOf[elements[k]] = i;
                previous = block;
                continue;
            }

            switch (block)
            {
                case TitleBlock title:
                    var titleElement = TitleElement.Create(context, title, breaks);
                    foreach (var (text, offsets) in titleElement.Breaks) lineBreaks[text] = offsets;
                    elements.Add(titleElement);
                    elements.Add(new PageBreakElement());
                    break;
                case TableOfContents toc:
                    elements.AddRange(Toc(toc, document, tocPages));
                    tocSpan = (first, elements.Count - first, toc, i);
                    break;
                case Heading heading:
                    elements.Add(HeadingElement(heading));
                    break;
                case Paragraph paragraph:
                    elements.Add(ParagraphElement(paragraph));
                    break;
                case ListBlock list:
                    elements.Add(List(list, i));
                    break;
                case PageBreak:
                    elements.Add(new PageBreakElement());
                    break;
                case Table table:
                    var tableElement = TableElement.Create(context, table, TableTitles.IsPrinted(table, previous), breaks);
                    Tables[i] = tableElement.Layout;
                    elements.Add(tableElement);
                    break;
                case Figure figure:
                    var figureElement = FigureElement.Create(context, figure);
                    if (figureElement.ImageSize is { } size) Figures[i] = size;
                    elements.Add(figureElement);
                    break;
                default:
                    // Reported once, in the first pass (the TOC passes rebuild only the TOC).
                    UnrenderedBlocks.Report(context.Diagnostics, block);
                    break;
            }

            for (var k = first; k < elements.Count; k++) blockOf[elements[k]] = i;
            previous = block;
        }

        return elements;
    }

    private (int Start, int Count, TableOfContents Block, int Index)? tocSpan;

    /// <summary>The same elements with the TOC rebuilt to show <paramref name="pages"/>.</summary>
    public List<FlowElement> WithToc(List<FlowElement> elements, DocumentTree document, IReadOnlyDictionary<string, int> pages)
    {
        if (tocSpan is not { } span) return elements;
        var toc = Toc(span.Block, document, pages).ToList();
        foreach (var element in toc) blockOf[element] = span.Index;
        var result = new List<FlowElement>(elements.Count);
        result.AddRange(elements.Take(span.Start));
        result.AddRange(toc);
        result.AddRange(elements.Skip(span.Start + span.Count));
        tocSpan = (span.Start, toc.Count, span.Block, span.Index);
        return result;
    }

    /// <summary>Where titles, headings and contents entries may break (names and words of this document).</summary>
    private WordBreaks breaks = WordBreaks.None;

    private readonly Dictionary<string, IReadOnlyList<int>> lineBreaks = new(StringComparer.Ordinal);

    /// <summary>Where the title (by its text) and each heading (by id) break their lines: offsets into the printed text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> LineBreaks => lineBreaks;

    private double Width => context.Portrait.TextWidth;

    /// <summary>
    /// A statement or closing line kept with the element before it: set after a table's notes on the table's pages (a
    /// landscape table's statement stays on its landscape page), after a paragraph's last lines, or kept with a figure.
    /// </summary>
    private void Keep(List<FlowElement> elements, Paragraph paragraph)
    {
        switch (elements[^1])
        {
            case TableElement table:
                elements[^1] = table.WithTail(ParagraphLines(paragraph, table.Layout.Landscape ? context.Landscape.TextWidth : Width));
                break;
            case LineBlock { KeepTogether: false } lines:
                elements[^1] = lines.WithTail(ParagraphLines(paragraph, Width));
                break;
            default:
                elements.Add(new LineBlock(ParagraphLines(paragraph, Width)) { KeepWithPrevious = true });
                break;
        }
    }

    private LineBlock ParagraphElement(Paragraph paragraph) => new(ParagraphLines(paragraph, Width));

    private List<BlockLine> ParagraphLines(Paragraph paragraph, double width)
    {
        var role = paragraph.Kind == ParagraphKind.Note ? StyleRole.Note : StyleRole.Body;
        var glyphs = context.Shape(paragraph.Content, role, paragraph.Location);
        var size = context.Style.Font(role).SizePt;
        var indent = paragraph.Kind == ParagraphKind.Body ? context.Style.FirstLineIndentChars * size : 0;
        var align = paragraph.Kind switch
        {
            ParagraphKind.Body => TextAlign.Justify,
            ParagraphKind.Center => TextAlign.Center,
            ParagraphKind.Right => TextAlign.Right,
            _ => TextAlign.Left,
        };
        var lines = TextLines.Lines(glyphs, width, indent, 0, TextLines.Pitch(context, role), align);
        return TextLines.Tag(lines, [new BeginTagOp(StructTag.P)], 1);
    }

    private FlowElement HeadingElement(Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 5);
        var role = StyleRole.Heading1 + (level - 1);
        var glyphs = context.Shape(heading.FullText, role, heading.Location);
        var size = context.Style.Font(role).SizePt;
        var pitch = TextLines.Pitch(context, role);
        // Parts (第一部分) are centred; sections are indented two characters like body text (GB/T 9704).
        // Broken between words only, never inside a name (WordBreaks); Word breaks it at the same places.
        var kinds = BreakMask.For(glyphs, breaks);
        var indent = level == 1 ? 0 : context.Style.FirstLineIndentChars * size;
        var spans = level == 1 ? TextLines.BalancedSpans(glyphs, Width, kinds) : LineBreaker.Break(glyphs, Width - indent, Width, kinds);
        var lines = TextLines.Set(glyphs, spans, Width, indent, 0, pitch, level == 1 ? TextAlign.Center : TextAlign.Left);
        if (spans.Count > 1) lineBreaks[heading.Id] = BreakMask.Offsets(glyphs, spans);
        var tag = StructTag.H1 + (level - 1);
        TextLines.Tag(lines, [new BeginTagOp(tag), new AnchorOp(heading.Id, level, heading.FullText, 0)], 1);
        return new LineBlock(lines, keepTogether: true)
        {
            KeepWithNext = true, SpaceBefore = level == 1 ? pitch / 2 : 0, CenteredIn = level == 1 ? Width : null,
        };
    }

    /// <summary>
    /// A list: each item's label in the first-line indent, its text after the label and its further lines from the
    /// margin, as Chinese body text sets 1. 2. … (the Word file places the text after the label from
    /// <see cref="ListLabels"/>).
    /// </summary>
    private FlowElement List(ListBlock list, int block)
    {
        var labels = new double[list.Items.Count];
        ListLabels[block] = labels;
        var size = context.Style.Font(StyleRole.Body).SizePt;
        var pitch = TextLines.Pitch(context, StyleRole.Body);
        var indent = context.Style.FirstLineIndentChars * size;
        var lines = new List<BlockLine>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var label = list.Ordered ? (i + list.Start).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : "•";
            var labelGlyphs = context.Shape(label, StyleRole.Body, list.Location);
            var labelWidth = Math.Max(size, LineBreaker.Measure(labelGlyphs, 0, labelGlyphs.Count) + size / 4);
            labels[i] = labelWidth;
            var body = context.Shape(list.Items[i], StyleRole.Body, list.Location);
            var item = TextLines.Lines(body, Width, indent + labelWidth, 0, pitch, TextAlign.Justify);
            var labelOps = new List<DrawOp> { new BeginTagOp(StructTag.Lbl) };
            TextSetter.SetLine(labelOps, labelGlyphs, new LineSpan(0, labelGlyphs.Count, labelWidth, true), indent, 0, labelWidth, pitch, TextAlign.Left);
            labelOps.Add(EndTagOp.Instance);
            labelOps.Add(new BeginTagOp(StructTag.LBody));
            TextLines.Tag(item, [new BeginTagOp(StructTag.LI), .. labelOps], 2);
            lines.AddRange(item);
        }

        return new LineBlock(TextLines.Tag(lines, [new BeginTagOp(StructTag.L)], 1));
    }
}
