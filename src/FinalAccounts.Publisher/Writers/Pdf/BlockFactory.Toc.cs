using System.Globalization;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class BlockFactory
{
    /// <summary>The TOC: its title, then one kept-together element per entry (text, dot leaders, page number, a link).</summary>
    private IEnumerable<FlowElement> Toc(TableOfContents toc, DocumentTree document, IReadOnlyDictionary<string, int>? pages)
    {
        var titlePitch = TextLines.Pitch(context, StyleRole.TocTitle);
        var title = TextLines.Lines(context.Shape(toc.Title, StyleRole.TocTitle, toc.Location), Width, 0, 0, titlePitch, TextAlign.Center);
        TextLines.Tag(title, [new BeginTagOp(StructTag.Toc), new BeginTagOp(StructTag.P)], 1);
        title.Add(new BlockLine(titlePitch / 2, [], [], 0));
        var elements = new List<FlowElement> { new LineBlock(title, keepTogether: true) { KeepWithNext = true, FrontMatter = true } };
        var entries = TocEntries.Of(document.Blocks, toc);
        foreach (var heading in entries)
        {
            var number = pages is not null && pages.TryGetValue(heading.Id, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";
            elements.Add(new LineBlock(TocEntry(heading, number), keepTogether: true) { FrontMatter = true });
        }

        // Close the TOC element after the last entry (or the title when there are no entries).
        var last = (LineBlock)elements[^1];
        elements[^1] = last.WithClose(1);
        return elements;
    }

    private List<BlockLine> TocEntry(Heading heading, string pageNumber)
    {
        var font = context.Font(StyleRole.TocEntry, bold: heading.Level == 1);
        var size = font.Size;
        var pitch = TextLines.Pitch(context, StyleRole.TocEntry);
        var indent = (heading.Level - 1) * 2 * size;
        // Room for the widest page number, so entries line up whatever the numbers are.
        var numberWidth = font.Primary.Width("000");
        var glyphs = context.Shape(heading.FullText, font, heading.Location);
        var textWidth = Width - numberWidth - size * 1.5;
        var spans = LineBreaker.Break(glyphs, textWidth - indent, textWidth - indent - 2 * size, BreakMask.For(glyphs, breaks));
        var lines = TextLines.Set(glyphs, spans, textWidth, indent, indent + 2 * size, pitch, TextAlign.Left);
        if (spans.Count > 1) lineBreaks[Pagination.ContentsKey(heading.Id)] = BreakMask.Offsets(glyphs, spans);
        var lastOps = lines[^1].Ops.OfType<TextOp>().ToList();
        var textEnd = lastOps.Count == 0 ? indent : lastOps.Max(t => t.X + t.Width);
        var ops = new List<DrawOp>(lines[^1].Ops);
        var dot = font.Primary.Width('.');
        var leaderSpace = Width - numberWidth - size / 2 - (textEnd + size / 2);
        var dots = dot > 0 ? (int)Math.Floor(leaderSpace / dot) : 0;
        if (dots > 0)
        {
            var leader = context.Shape(new string('.', dots), font, heading.Location);
            var w = dots * dot;
            TextSetter.SetLine(ops, leader, new LineSpan(0, leader.Count, w, true), Width - numberWidth - size / 2 - w, 0, w, pitch, TextAlign.Left);
        }

        var numberGlyphs = context.Shape(pageNumber, font, heading.Location);
        var numberW = LineBreaker.Measure(numberGlyphs, 0, numberGlyphs.Count);
        TextSetter.SetLine(ops, numberGlyphs, new LineSpan(0, numberGlyphs.Count, numberW, true), Width - numberW, 0, numberW, pitch, TextAlign.Left);
        lines[^1] = lines[^1] with { Ops = ops };
        var height = lines.Sum(l => l.Height);
        var open = new DrawOp[] { new BeginTagOp(StructTag.Toci), new BeginLinkOp(0, 0, Width, height, heading.Id, heading.FullText) };
        TextLines.Tag(lines, open, 0);
        lines[^1] = lines[^1] with { Ops = [.. lines[^1].Ops, EndLinkOp.Instance], Close = 1 };
        return lines;
    }
}
