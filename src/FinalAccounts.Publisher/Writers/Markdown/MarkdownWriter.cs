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

    /// <summary>
    /// Data text written so that Markdown shows it as it is: every character Markdown reads as inline syntax is escaped
    /// (an entity such as <c>&amp;amp;</c> included), and at the start of a line (the text's start and after each newline)
    /// whatever would open a block: a list marker (<c>- </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>), a setext underline or
    /// thematic break (<c>=</c>, <c>--</c>), indentation that would make code.
    /// </summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineStart = i == 0 || text[i - 1] == '\n';
            if (lineStart && c is ' ' or '\t') sb.Append(c == ' ' ? "&#32;" : "&#9;");
            else if (lineStart && OrderedMarker(text, i) is > 0 and var digits)
            {
                sb.Append(text, i, digits).Append('\\').Append(text[i + digits]);
                i += digits;
            }
            else if (IsSyntax(c) || (lineStart && (c == '=' || (c is '-' or '+' && EndsMarker(text, i + 1)))))
                sb.Append('\\').Append(c);
            else sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsSyntax(char c) => c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&';

    /// <summary>Whether a list marker ending before <paramref name="i"/> would open a list (a space, the line's end) or a rule.</summary>
    private static bool EndsMarker(string text, int i) => i >= text.Length || text[i] is ' ' or '\t' or '\n' or '-';

    /// <summary>The digits of an ordered list marker (<c>1. </c>, <c>12) </c>) starting at <paramref name="i"/>, or 0.</summary>
    private static int OrderedMarker(string text, int i)
    {
        var digits = 0;
        while (i + digits < text.Length && digits < 10 && char.IsAsciiDigit(text[i + digits])) digits++;
        return digits is > 0 and < 10 && i + digits < text.Length && text[i + digits] is '.' or ')' && EndsMarker(text, i + digits + 1)
            ? digits : 0;
    }
}
