using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

/// <summary>The plain text of a line of Markdown as a reader sees it: no emphasis marks, anchors, links or escapes.</summary>
internal static partial class MarkdownPlain
{
    public static string Text(string line)
    {
        var text = Anchor().Replace(line, "");
        text = Link().Replace(text, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        text = Escape().Replace(text, "$1");
        return text.Replace("<br>", " ", StringComparison.Ordinal).Replace("<br/>", " ", StringComparison.Ordinal);
    }

    /// <summary>A figure (an image and its alt text): not prose.</summary>
    public static bool IsImage(string line) => line.TrimStart().StartsWith("![", StringComparison.Ordinal);

    public static bool IsListItem(string line) => ListMark().IsMatch(line);

    public static string WithoutListMark(string line) => ListMark().Replace(line, "");

    [GeneratedRegex("<a [^>]*></a>")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex ListMark();
}
