using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// Builds the page for one document: the head, then the blocks in order. Blocks before the first part (title, table of
/// contents) stand before <c>main</c>; each level-1 heading opens a <c>section</c> that lasts until the next one.
/// </summary>
internal sealed partial class HtmlPage(DocumentTree document, WriterContext context, CancellationToken cancellationToken)
{
    // Grown in chunks of at most 8,000 characters and written out chunk by chunk: a page is 0.5–1 MB of text, which as
    // one buffer, string or byte array would be large-object garbage for every department of a batch.
    private readonly StringBuilder sb = new();
    private readonly HtmlIds ids = new(document.Blocks);
    private readonly bool[] kept = KeepRules.KeptWithPrevious(document.Blocks);
    private readonly HashSet<Block> onWidePages = OnWidePages(document.Blocks);
    private bool inMain;
    private bool inSection;
    private bool pageBreakPending;

    /// <summary>Writes the page to <paramref name="output"/> as UTF-8 without a byte order mark.</summary>
    public void Render(Stream output)
    {
        Build();
        using var writer = new StreamWriter(output, Utf8, 16 * 1024, leaveOpen: true); // its buffers stay off the large-object heap
        foreach (var chunk in sb.GetChunks()) writer.Write(chunk.Span);
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    private void Build()
    {
        WriteHead();
        sb.Append("<body>\n<a class=\"skip-link\" href=\"#content\">").AppendEscaped(context.Style.Words.SkipLink).Append("</a>\n");
        Block? previous = null;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = document.Blocks[i];
            WriteBlock(block, previous, kept[i]);
            previous = block;
        }

        if (inSection) sb.Append("</section>\n");
        if (inMain) sb.Append("</main>\n");
        if (!inMain) sb.Append("<main id=\"content\"></main>\n");
        sb.Append("</body>\n</html>\n");
    }

    private void WriteHead()
    {
        var info = document.Info;
        var lang = info.Language.Trim().Length == 0 ? "zh-CN" : info.Language.Trim();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").AppendEscaped(lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").AppendEscaped(info.Title).Append("</title>\n");
        var description = info.Subject.Length == 0 || info.Title.Contains(info.Subject, StringComparison.Ordinal)
            ? info.Title
            : info.Title + "（" + info.Subject + "）";
        Meta("description", description);
        Meta("author", info.Author);
        Meta("keywords", string.Join(",", info.Keywords));
        Meta("dcterms.date", info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Meta("generator", "FinalAccounts.Publisher");
        // An empty icon, so a browser asks the server for no favicon.ico.
        sb.Append("<link rel=\"icon\" href=\"data:,\">\n");
        sb.Append("<style>\n").Append(HtmlStyleSheet.For(context.Style)).Append("</style>\n</head>\n");
    }

    /// <summary>
    /// The headings right before a wide table and its statement or closing lines after it, printed on its landscape
    /// page so they are not left alone on a portrait one.
    /// </summary>
    private static HashSet<Block> OnWidePages(IReadOnlyList<Block> blocks)
    {
        var set = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var kept = KeepRules.KeptWithPrevious(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Table { Wide: true }) continue;
            for (var j = i - 1; j >= 0 && blocks[j] is Heading; j--) set.Add(blocks[j]);
            for (var j = i + 1; j < blocks.Count && kept[j]; j++) set.Add(blocks[j]);
        }

        return set;
    }

    /// <summary>Writes an opening tag; the element starts a new page when a page break came before it.</summary>
    private void Open(string tag, string? css, string? id = null, string attributes = "")
    {
        sb.Append('<').Append(tag);
        if (id is not null) sb.Append(" id=\"").AppendEscaped(id).Append('"');
        if (pageBreakPending) css = css is null ? "page-start" : css + " page-start";
        pageBreakPending = false;
        if (css is not null) sb.Append(" class=\"").Append(css).Append('"');
        sb.Append(attributes).Append('>');
    }

    private void Meta(string name, string content)
    {
        if (content.Length == 0) return;
        sb.Append("<meta name=\"").Append(name).Append("\" content=\"").AppendEscaped(content).Append("\">\n");
    }

    private void WriteBlock(Block block, Block? previous, bool keptWithPrevious)
    {
        switch (block)
        {
            case TitleBlock t:
                WriteTitle(t);
                return;
            case TableOfContents toc:
                WriteToc(toc);
                return;
            case PageBreak:
                // Written as break-before on the next element: a break that a landscape page already makes is not doubled.
                pageBreakPending = true;
                return;
        }

        if (!inMain)
        {
            sb.Append("<main id=\"content\">\n");
            inMain = true;
        }

        switch (block)
        {
            case Heading { Level: <= 1 } h:
                if (inSection) sb.Append("</section>\n");
                Open("section", "part", null, " aria-labelledby=\"" + HtmlText.Escape(ids.Of(h)) + "\"");
                sb.Append('\n');
                inSection = true;
                WriteHeading(h);
                break;
            case Heading h:
                WriteHeading(h);
                break;
            case Paragraph p:
                WriteParagraph(p, keptWithPrevious);
                break;
            case ListBlock l:
                WriteList(l);
                break;
            case Table t:
                WriteTable(t, TableTitles.RepeatsHeading(t, previous));
                break;
            case Figure f:
                WriteFigure(f);
                break;
            default:
                UnrenderedBlocks.Report(context.Diagnostics, block);
                break;
        }
    }
}
