using System.Net;
using System.Text;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Review;

/// <summary>
/// A comparison as a web page a reviewer reads on a PC or a phone and prints: each changed, added or removed sentence
/// under its heading, what differs inside a changed one struck through (old) and highlighted (new), each run of
/// unchanged sentences folded into one line that opens on request. The status page shows the same entries.
/// </summary>
public static class DiffHtmlReport
{
    /// <summary>The style the entries need (the status page includes it too).</summary>
    public const string Css = """
        .cmp h3{font-size:1rem;margin:1rem 0 .3rem;color:#333}.e{display:flex;gap:.5rem;margin:.2rem 0}
        .e .tag{flex:none;font-weight:bold;min-width:2.2em}.e p{margin:0}.e.chg .tag{color:#8a5a00}.e.add .tag{color:#1a7f37}
        .e.del .tag{color:#b42318}del{background:#fde2e1;color:#8c1d18}ins{background:#d8f5dd;color:#0f5223;text-decoration:none;
        font-weight:bold}details.same{color:#666;margin:.2rem 0 .2rem 2.7em}details.same p{margin:.1rem 0}
        @media print{details.same{display:none}del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """;

    public static string Page(string title, IReadOnlyList<ReviewSection> sections, Language language)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Tag()).Append("\"><head>")
            .Append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:sans-serif;margin:1rem;line-height:1.6;max-width:60rem}\n").Append(Css)
            .Append("\n</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var s in sections)
        {
            b.Append("<section class=\"cmp\"><h2>").Append(E(s.Title.For(language))).Append("</h2>\n")
                .Append("<p>").Append(E(s.Baseline.For(language))).Append("</p>\n");
            if (s.Comparison is { } c) b.Append(Entries(c, language, withUnchanged: true));
            b.Append("</section>\n");
        }

        return b.Append("</body></html>\n").ToString();
    }

    /// <summary>
    /// The summary line and the entries of a comparison; with <paramref name="withUnchanged"/> false the unchanged
    /// sentences are left out altogether (the status page), else each run of them is folded.
    /// </summary>
    public static string Entries(TextComparison c, Language language, bool withUnchanged)
    {
        var b = new StringBuilder();
        b.Append("<p class=\"sum\">").Append(E(DiffWords.Summary(c, language))).Append("</p>\n");
        if (!c.HasChanges) return b.ToString();
        var context = (string?)null;
        var same = new List<string>();
        void Fold()
        {
            if (same.Count > 0 && withUnchanged)
                b.Append("<details class=\"same\"><summary>").Append(E(DiffWords.Unchanged(same.Count, language)))
                    .Append("</summary>").Append(string.Concat(same.Select(s => "<p>" + E(s) + "</p>"))).Append("</details>\n");
            same.Clear();
        }

        foreach (var e in c.Entries)
        {
            if (e.Kind == DiffKind.Same)
            {
                same.Add(e.Unit.Text);
                continue;
            }

            Fold();
            if (e.Context != context && e.Unit.Kind != TextUnitKind.Heading)
                b.Append("<h3>").Append(E(e.Context)).Append("</h3>\n");
            context = e.Context;
            var kind = e.Kind switch { DiffKind.Changed => "chg", DiffKind.Added => "add", _ => "del" };
            b.Append("<div class=\"e ").Append(kind).Append("\"><span class=\"tag\">").Append(E(DiffWords.Tag(e.Kind, language)))
                .Append("</span><div>");
            if (e.Kind == DiffKind.Changed)
                b.Append("<p>").Append(E(DiffWords.Old.For(language))).Append(Marked(e.OldParts, "del")).Append("</p><p>")
                    .Append(E(DiffWords.New.For(language))).Append(Marked(e.NewParts, "ins")).Append("</p>");
            else b.Append("<p>").Append(e.Kind == DiffKind.Added ? "<ins>" : "<del>").Append(E(e.Unit.Text))
                .Append(e.Kind == DiffKind.Added ? "</ins>" : "</del>").Append("</p>");
            b.Append("</div></div>\n");
        }

        Fold();
        return b.ToString();
    }

    private static string Marked(IReadOnlyList<DiffSegment> parts, string tag) =>
        string.Concat(parts.Select(p => p.Changed ? $"<{tag}>{E(p.Text)}</{tag}>" : E(p.Text)));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
