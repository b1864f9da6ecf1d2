using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Flows elements onto pages: keeps headings with what follows, puts landscape elements on landscape pages, honours
/// page breaks, and numbers the pages from the first one with body content.
/// </summary>
internal sealed class Paginator(LayoutContext context, IReadOnlyDictionary<FlowElement, int>? blockOf = null)
{
    private readonly List<PageCanvas> pages = [];
    private PageCanvas? page;
    private double y;
    private bool breakPending;

    public List<LayoutPage> Run(IReadOnlyList<FlowElement> elements)
    {
        var i = 0;
        while (i < elements.Count)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (elements[i] is PageBreakElement)
            {
                // The next element starts a page (in its own orientation), unless the current one is still empty.
                breakPending |= page is { IsEmpty: false };
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < elements.Count && elements[j + 1] is not PageBreakElement && (elements[j].KeepWithNext || elements[j + 1].KeepWithPrevious)) j++;
            var landscape = elements[j].Landscape;
            if (page is null || breakPending || page.Geometry.Landscape != landscape) NewPage(landscape);
            if (page!.IsEmpty is false && Needed(elements, i, j) > Remaining) NewPage(landscape);
            for (var k = i; k <= j; k++) Place(elements[k]);
            i = j + 1;
        }

        return Finish();
    }

    private double Remaining => page!.Geometry.TextBottom - y;

    private static double Needed(IReadOnlyList<FlowElement> elements, int from, int to)
    {
        double h = 0;
        for (var k = from; k < to; k++) h += elements[k].SpaceBefore + elements[k].Plan(double.MaxValue).Height;
        return h + elements[to].SpaceBefore + elements[to].MinFirstHeight;
    }

    private void Place(FlowElement element)
    {
        FlowElement? current = element;
        var block = blockOf?.GetValueOrDefault(element, -1) ?? -1;
        while (current is not null)
        {
            page!.Origin ??= Origin(block, element, current);
            var space = page.IsEmpty ? 0 : current.SpaceBefore;
            var plan = current.Plan(Remaining - space);
            DrawResult result;
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                if (!page.IsEmpty)
                {
                    NewPage(page.Geometry.Landscape);
                    continue;
                }

                context.Diagnostics.Report(FontDiagnostics.ContentTooLarge, SourceLocation.None,
                    $"内容放不进一页：{plan.Reason}。", $"Content does not fit on a page: {plan.Reason}.");
                result = current.Draw(page, y, Remaining, true);
            }
            else
            {
                y += space;
                result = current.Draw(page, y, Remaining, false);
            }

            y += result.Height;
            page.IsEmpty = false;
            page.HasBody |= !element.FrontMatter;
            current = result.Rest;
            if (current is not null) NewPage(page.Geometry.Landscape);
        }
    }

    /// <summary>What a page begins with: <paramref name="current"/>, the piece of <paramref name="element"/> drawn first.</summary>
    private static PageOrigin Origin(int block, FlowElement element, FlowElement current)
    {
        if (current is not TableElement { Resume: { } resume } table)
            return new PageOrigin(block, !ReferenceEquals(current, element), -1, 0, null);
        var split = resume.Line > 0 ? table.Layout.SplitCells(table.Layout.HeaderRows + resume.Row, resume.Line) : null;
        return new PageOrigin(block, true, resume.Row, resume.Line, split);
    }

    private void NewPage(bool landscape)
    {
        page = new PageCanvas(landscape ? context.Landscape : context.Portrait);
        pages.Add(page);
        y = page.Geometry.Top;
        breakPending = false;
    }

    /// <summary>The page number, "— N —", centred below the text block: an artifact, not content.</summary>
    private void AddFooter(PageCanvas canvas, int number)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, context.Style.PageNumberFormat, number);
        var glyphs = context.Shape(text, Document.StyleRole.PageNumber, SourceLocation.None);
        var width = canvas.Geometry.TextWidth;
        var ops = new List<DrawOp> { ArtifactOp.Start };
        var font = context.Font(Document.StyleRole.PageNumber);
        TextSetter.SetLine(ops, glyphs, new LineSpan(0, glyphs.Count, LineBreaker.Measure(glyphs, 0, glyphs.Count), true),
            canvas.Left, canvas.Geometry.FooterTop, width, font.Size, TextAlign.Center);
        ops.Add(ArtifactOp.Stop);
        canvas.Ops.AddRange(ops);
    }

    private List<LayoutPage> Finish()
    {
        // A trailing empty page (after a final page break) is dropped.
        if (pages.Count > 1 && pages[^1].IsEmpty) pages.RemoveAt(pages.Count - 1);
        var first = pages.FindIndex(p => p.HasBody);
        var result = new List<LayoutPage>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            int? number = first >= 0 && i >= first ? i - first + 1 : null;
            if (number is { } n) AddFooter(pages[i], n);
            var origin = pages[i].Origin ?? PageOrigin.None;
            result.Add(new LayoutPage(pages[i].Geometry, pages[i].Ops, pages[i].Lines, number, origin));
        }

        if (result.Count == 0) result.Add(new LayoutPage(context.Portrait, [], [], null, PageOrigin.None));
        return result;
    }
}
