using System.Text;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Markdown;

/// <summary>
/// Writes GitHub-flavoured Markdown that reads well and diffs well: one block per paragraph, tables as pipe tables with
/// merged header labels joined by " / ", numbers right-aligned, the TOC as a linked list, figures as images (PNG files
/// beside the Markdown, when charts are drawn) or as caption and data.
/// </summary>
public sealed class MarkdownWriter : IDocumentWriter
{
    /// <summary>The file name of a figure's PNG, which the publisher writes beside the Markdown: "fig-1.png".</summary>
    public static string ImageFileName(Figure figure) => figure.Id + ".png";

    public void Write(DocumentTree document, WriterContext context, Stream output, CancellationToken cancellationToken)
    {
        var sb = new StringBuilder();
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case TitleBlock t:
                    sb.Append("# ").Append(Escape(t.Title)).Append("\n\n");
                    foreach (var s in t.Subtitles) sb.Append(Escape(s)).Append("\n\n");
                    break;
                case TableOfContents toc:
                    sb.Append("## ").Append(Escape(TocEntries.PlainTitle(toc))).Append("\n\n");
                    foreach (var h in TocEntries.Of(document.Blocks, toc))
                        sb.Append(new string(' ', (h.Level - 1) * 2)).Append("- [").Append(Escape(h.FullText)).Append("](#").Append(h.Id).Append(")\n");
                    sb.Append('\n');
                    break;
                case Heading h:
                    sb.Append("<a id=\"").Append(h.Id).Append("\"></a>\n\n");
                    sb.Append(new string('#', Math.Min(h.Level + 1, 6))).Append(' ').Append(Escape(h.FullText)).Append("\n\n");
                    break;
                case Paragraph p:
                    sb.Append(Inlines(p.Content)).Append("\n\n");
                    break;
                case ListBlock l:
                    for (var i = 0; i < l.Items.Count; i++)
                        sb.Append(l.Ordered ? $"{i + l.Start}. " : "- ").Append(Inlines(l.Items[i])).Append('\n');
                    sb.Append('\n');
                    break;
                case Table t:
                    if (TableTitles.IsPrinted(t, previous))
                        sb.Append("**").Append(Escape(t.Title)).Append("**\n\n");
                    MarkdownTable.Write(sb, t);
                    break;
                case Figure f:
                    WriteFigure(sb, f, context);
                    break;
                case PageBreak:
                    break;
                default:
                    UnrenderedBlocks.Report(context.Diagnostics, block);
                    break;
            }

            previous = block;
        }

        var text = sb.ToString().TrimEnd('\n') + "\n";
        var bytes = new UTF8Encoding(false).GetBytes(text);
        output.Write(bytes);
    }

    /// <summary>The PNG of each figure that was drawn, published beside the Markdown under the name it refers to.</summary>
    public IEnumerable<CompanionFile> Companions(DocumentTree document, WriterContext context)
    {
        // Figures that could not be drawn were reported while the Markdown was written.
        var quiet = new Diagnostics.DiagnosticBag();
        foreach (var figure in document.Blocks.OfType<Figure>())
        {
            if (FigureImages.Draw(context.Figures, quiet, figure, FigureFormat.Png) is { } image)
                yield return new CompanionFile(ImageFileName(figure), image.Bytes);
        }
    }

    /// <summary>The figure as an image beside the Markdown and its caption, or the caption and the data in words.</summary>
    private static void WriteFigure(StringBuilder sb, Figure f, WriterContext context)
    {
        var drawn = FigureImages.Draw(context, f, FigureFormat.Png) is not null;
        if (drawn) sb.Append("![").Append(Escape(f.AltText)).Append("](").Append(ImageFileName(f)).Append(")\n\n");
        sb.Append("**").Append(Escape(f.FullCaption)).Append("**\n\n");
        if (!drawn) sb.Append(Escape(f.AltText)).Append("\n\n");
    }

    internal static string Inlines(IEnumerable<Inline> runs)
    {
        var sb = new StringBuilder();
        foreach (var r in runs)
        {
            if (r.Text == "\n")
            {
                sb.Append("  \n");
                continue;
            }

            var text = Escape(r.Text);
            if (r.IsBold && r.IsItalic) text = "***" + text + "***";
            else if (r.IsBold) text = "**" + text + "**";
            else if (r.IsItalic) text = "*" + text + "*";
            sb.Append(r.Link is { } link ? $"[{text}]({link})" : text);
        }

        return sb.ToString();
    }

    /// <summary>Escapes the characters Markdown would read as syntax.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~') sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }
}
