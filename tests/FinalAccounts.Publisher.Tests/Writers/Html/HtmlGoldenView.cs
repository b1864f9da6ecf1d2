using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// An HTML page reduced to the view the golden rules compare (<see cref="MarkdownView"/>): headings, text blocks, and
/// tables with the lines above them — the paragraphs since the last heading plus the caption's title and preamble lines.
/// Table rows are the tbody rows; cells are trimmed, line breaks become spaces.
/// </summary>
internal static partial class HtmlGoldenView
{
    public static MarkdownView Parse(IHtmlDocument page)
    {
        var view = new MarkdownView();
        var above = new List<string>();
        var main = page.QuerySelector("main") ?? throw new AssertionException("no main element");
        foreach (var element in main.GetDescendants().OfType<IElement>())
        {
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    view.Headings.Add(Text(element));
                    view.Blocks.Add(Text(element));
                    above.Clear();
                    break;
                case "p" or "li" or "figcaption" when element.Closest("table") is null:
                    view.Blocks.Add(Text(element));
                    above.Add(Text(element));
                    break;
                case "table":
                    AddTable(view, (IHtmlTableElement)element, above);
                    above.Clear();
                    break;
            }
        }

        return view;
    }

    private static void AddTable(MarkdownView view, IHtmlTableElement table, List<string> above)
    {
        var lines = above.ToList();
        if (table.Caption is { } caption)
        {
            if (caption.QuerySelector(".table-title") is { } title) lines.Add(Text(title));
            foreach (var meta in caption.QuerySelectorAll(".table-meta"))
            {
                var parts = meta.Children.Select(Text).Where(t => t.Length > 0).ToList();
                lines.AddRange(parts);
                lines.Add(string.Join("　", parts));
            }
        }

        var rows = table.Bodies.SelectMany(b => b.Rows).Select(r => (IReadOnlyList<string>)r.Cells.Select(Text).ToList()).ToList();
        var header = table.Head?.Rows.LastOrDefault()?.Cells.Select(Text).ToList() ?? [];
        view.Tables.Add(new ViewTable(view.Blocks.Count, lines, rows, header));
        foreach (var r in rows) view.Blocks.AddRange(r);
    }

    /// <summary>The text of an element with each line break as a space, whitespace runs collapsed, trimmed.</summary>
    public static string Text(IElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text) sb.Append(text.Data);
            else if (node is IElement { LocalName: "br" }) sb.Append(' ');
        }

        return Space().Replace(sb.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
