using FinalAccounts.Publisher.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax.Inlines;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Turns Markdig's inlines into runs of text. Every inline kind Markdig makes with our pipelines has a rule here: text,
/// entities (as the characters they stand for), code, emphasis, links, breaks; raw HTML and images follow the source's
/// rules (<see cref="MarkdownRules.Unsupported"/>). A kind with no rule is FA6105 where it is, never document text.
/// </summary>
internal sealed class MarkdownInlines(string source, MarkdownRules rules, DiagnosticBag diagnostics)
{
    private static readonly string[] WebLinks = ["http://", "https://", "mailto:"];

    /// <summary>The runs of a container (a paragraph's, a heading's), adjacent runs of one style merged.</summary>
    public List<Inline> Read(ContainerInline? container)
    {
        var runs = new List<Inline>();
        Add(container, InlineStyle.None, null, runs);
        return runs;
    }

    /// <summary>The plain text of a container (a heading's).</summary>
    public string Text(ContainerInline? container) => string.Concat(Read(container).Select(i => i.Text));

    private void Add(ContainerInline? container, InlineStyle style, string? link, List<Inline> runs)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(runs, new Inline(literal.Content.ToString(), style, link));
                    break;
                case HtmlEntityInline entity when IsInvisible(entity.Transcoded.ToString()):
                    rules.Unsupported(diagnostics, At(entity), MarkdownKinds.Entity(entity.Original.ToString()));
                    break;
                case HtmlEntityInline entity:
                    Append(runs, new Inline(entity.Transcoded.ToString(), style, link));
                    break;
                case CodeInline code:
                    Append(runs, new Inline(code.Content, style, link));
                    break;
                case LineBreakInline br:
                    if (br.IsHard) runs.Add(Inline.LineBreak);
                    break;
                case AutolinkInline auto:
                    var url = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                    if (Allowed(auto, url)) Append(runs, new Inline(auto.Url, style, url));
                    else Append(runs, new Inline(auto.Url, style, link));
                    break;
                case LinkInline { IsImage: true } image:
                    rules.Unsupported(diagnostics, At(image), MarkdownKinds.Image);
                    break;
                case LinkInline l:
                    Add(l, style, Allowed(l, l.Url ?? "") ? l.Url : link, runs);
                    break;
                case CustomContainerInline colons:
                    // "::text::" is CustomContainers' inline span; the document has no use for it: the text as written.
                    Append(runs, new Inline("::", style, link));
                    Add(colons, style, link, runs);
                    Append(runs, new Inline("::", style, link));
                    break;
                case EmphasisInline em:
                    Add(em, style | (em.DelimiterCount >= 2 ? InlineStyle.Bold : InlineStyle.Italic), link, runs);
                    break;
                case HtmlInline html:
                    rules.Unsupported(diagnostics, At(html), MarkdownKinds.Html(html.Tag));
                    break;
                case DelimiterInline marks:
                    // Markdig turns unpaired marks into text; should one stay a delimiter, it is the text as written.
                    Append(runs, new Inline(marks.ToLiteral(), style, link));
                    Add(marks, style, link, runs);
                    break;
                case ContainerInline plain when plain.GetType() == typeof(ContainerInline):
                    Add(plain, style, link, runs);
                    break;
                default:
                    diagnostics.Report(DocumentCodes.UnknownMarkdown, At(inline),
                        $"无法识别的 Markdown 行内内容（{inline.GetType().Name}），已略去。",
                        $"Markdown inline of kind {inline.GetType().Name} has no rule and was left out.");
                    break;
            }
        }
    }

    /// <summary>Whether a link may stay a link: templates' may; a data text's must go to the web or to mail.</summary>
    private bool Allowed(Markdig.Syntax.Inlines.Inline inline, string url)
    {
        if (!rules.IsData || WebLinks.Any(w => url.StartsWith(w, StringComparison.OrdinalIgnoreCase))) return true;
        rules.Unsupported(diagnostics, At(inline), MarkdownKinds.Link);
        return false;
    }

    private SourceLocation At(Markdig.Syntax.Inlines.Inline inline) => new(source, inline.Line + 1, inline.Column + 1);

    /// <summary>What an entity stands for is held to the rule for typed text (<see cref="UnsafeText"/>); U+FFFD is what
    /// Markdown makes of a reference to no character.</summary>
    private static bool IsInvisible(string text) => UnsafeText.IndexOfUnsafe(text) >= 0 || text.Contains('\uFFFD');

    private static void Append(List<Inline> runs, Inline run)
    {
        var last = runs.Count > 0 ? runs[^1] : null;
        if (last is not null && last.Style == run.Style && last.Link == run.Link && last.Text != "\n" && run.Text != "\n")
            runs[^1] = last with { Text = last.Text + run.Text };
        else if (run.Text.Length > 0)
            runs.Add(run);
    }
}
