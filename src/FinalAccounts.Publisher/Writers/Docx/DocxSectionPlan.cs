using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Which blocks go on landscape pages: every table whose layout is landscape, together with the headings directly
/// above it (a heading never stays behind on a portrait page while its table starts on the next one) and the
/// statement or closing lines after it (<see cref="KeepRules.KeptWithPrevious"/>).
/// Page breaks take the orientation of the block after them.
/// </summary>
internal static class DocxSectionPlan
{
    public static bool[] Landscape(IReadOnlyList<Block> blocks, Func<Table, DocxTableLayout> layout)
    {
        var landscape = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Table table || !layout(table).Landscape) continue;
            landscape[i] = true;
            for (var j = i - 1; j >= 0 && blocks[j] is Heading; j--)
                landscape[j] = true;
        }

        var kept = KeepRules.KeptWithPrevious(blocks);
        for (var i = 1; i < blocks.Count; i++)
            if (kept[i]) landscape[i] = landscape[i - 1];

        for (var i = blocks.Count - 2; i >= 0; i--)
            if (blocks[i] is PageBreak) landscape[i] = landscape[i + 1];
        return landscape;
    }
}
