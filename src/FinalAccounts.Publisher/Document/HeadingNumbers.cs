using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// The one numbering of a document's headings. A heading written with its label (第一部分, 一、, （一）, 1., （1）, as
/// key-work.md does) keeps it; a heading without one gets the next label of its level from the style's
/// <see cref="HeadingNumbering"/>; a heading marked unnumbered gets none. Every numbered heading advances its level's
/// count, and any heading starts the counts below it afresh, so moving or removing a section renumbers the rest. Every
/// edition (TOC, bookmarks, docx, HTML) prints the labels made here.
/// </summary>
public static partial class HeadingNumbers
{
    /// <summary>A heading's leading label and its text: "一、收入决算" → ("一、", "收入决算").</summary>
    public static (string Number, string Text) Split(string heading)
    {
        var m = Label().Match(heading);
        if (!m.Success) return ("", heading.Trim());
        var number = m.Groups["n"].Value.Replace('(', '（').Replace(')', '）');
        return (number, heading[m.Length..].Trim());
    }

    /// <summary>The blocks with every heading numbered by <paramref name="numbering"/>.</summary>
    public static IReadOnlyList<Block> Apply(IReadOnlyList<Block> blocks, HeadingNumbering numbering)
    {
        var counts = new int[6];
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is not Heading h)
            {
                result.Add(block);
                continue;
            }

            var level = Math.Clamp(h.Level, 1, 5);
            Array.Clear(counts, level + 1, counts.Length - level - 1);
            if (h.Number.Length > 0 || h.Numbered) counts[level]++;
            result.Add(h.Number.Length == 0 && h.Numbered ? h with { Number = numbering.Label(level, counts[level]) } : h);
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?<n>第[一二三四五六七八九十百]+部分|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d+\.(?!\d)|[（(]\d+[）)])\s*")]
    private static partial Regex Label();
}
