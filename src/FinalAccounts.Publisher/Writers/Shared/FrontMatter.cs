using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The cover and the contents are front matter: they print no page number, and the body is numbered from 1 on the first
/// block after them, in every paginated edition.
/// </summary>
public static class FrontMatter
{
    public static bool Is(Block block) => block is TitleBlock or TableOfContents;

    /// <summary>
    /// The index of the body's first block: the first after the leading cover and contents that is not a page break;
    /// 0 when the document opens without front matter.
    /// </summary>
    public static int BodyStart(IReadOnlyList<Block> blocks)
    {
        var i = 0;
        while (i < blocks.Count && (Is(blocks[i]) || blocks[i] is PageBreak)) i++;
        return blocks.Take(i).Any(Is) ? i : 0;
    }
}
