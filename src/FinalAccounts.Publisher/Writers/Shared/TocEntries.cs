using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>What a table of contents lists, the same in every edition: the headings marked for it, to its depth.</summary>
public static class TocEntries
{
    /// <summary>The headings the TOC lists, in document order: levels 1 to the TOC's depth (at most 5).</summary>
    public static IReadOnlyList<Heading> Of(IEnumerable<Block> blocks, TableOfContents toc)
    {
        var depth = Math.Clamp(toc.MaxLevel, 1, 5);
        return blocks.OfType<Heading>().Where(h => h.InToc && h.Level >= 1 && h.Level <= depth).ToList();
    }

    /// <summary>
    /// The TOC's title without the spaces that spread it out in print ("目  录" → "目录"), for media that space it by
    /// style.
    /// </summary>
    public static string PlainTitle(TableOfContents toc) => toc.Title.Replace(" ", "").Replace("　", "");
}
