using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Which table rows and blocks travel together across a page break, in every paginated edition (the PDF layout,
/// Word's keep settings, the HTML print style); how many lines and rows at least is <see cref="PageRules"/>.
/// </summary>
public static class KeepRules
{
    /// <summary>Most statements or closing lines kept with one block.</summary>
    private const int MaxKept = 3;

    /// <summary>
    /// Whether a page may break before body row <paramref name="bodyRow"/>: not before the first, not before a total
    /// row (it stays with the rows it sums), and not after a row of labels only (it introduces the rows after it, as
    /// a form's 一级指标/二级指标… row or its 预算数/执行数 labels do).
    /// </summary>
    public static bool CanBreakBefore(Table table, int bodyRow) =>
        bodyRow > 0 && bodyRow < table.Body.Count
        && table.Body[bodyRow].Kind != TableRowKind.Total
        && !IsLabelRow(table.Body[bodyRow - 1]);

    /// <summary>A body row of labels only (row headers): repeated when the rows it introduces continue on a new page.</summary>
    public static bool IsLabelRow(TableRow row) => row.Cells.Count > 0 && row.Cells.All(c => c.IsHeader);

    /// <summary>
    /// For each block, whether it stays with the block before it (same page, same orientation): a short paragraph right
    /// after a table is the table's statement (本部门…无…); a short paragraph that ends a part or the document is a
    /// closing line (咨询电话：…). A statement or closing line after another one stays too, up to three.
    /// </summary>
    public static bool[] KeptWithPrevious(IReadOnlyList<Block> blocks)
    {
        var kept = new bool[blocks.Count];
        var run = 0;
        for (var i = 1; i < blocks.Count; i++)
        {
            var previous = blocks[i - 1];
            kept[i] = IsShort(blocks[i]) && (previous is Table
                || (kept[i - 1] && run < MaxKept)
                || (EndsPart(blocks, i) && previous is Paragraph or ListBlock or Figure));
            run = kept[i] ? run + 1 : 0;
        }

        return kept;
    }

    private static bool IsShort(Block block) =>
        block is Paragraph { Kind: not ParagraphKind.Note } p && p.PlainText.Length <= PageRules.Default.ShortParagraph;

    /// <summary>Whether block <paramref name="i"/> and a few short paragraphs after it end a part (a page break or the end).</summary>
    private static bool EndsPart(IReadOnlyList<Block> blocks, int i)
    {
        for (var k = i + 1; k < blocks.Count; k++)
        {
            if (blocks[k] is PageBreak) return true;
            if (!IsShort(blocks[k]) || k - i >= MaxKept) return false;
        }

        return true;
    }
}
