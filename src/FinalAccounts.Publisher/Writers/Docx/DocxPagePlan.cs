using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// The one pagination as the Word file follows it, so that its pages — and the page numbers its contents print — are
/// the PDF's: each block's orientation, the blocks a page begins with, and for each table where its pages begin — at a
/// body row, or inside a row split by lines (the table is written in one piece per page).
/// </summary>
internal sealed class DocxPagePlan
{
    private readonly Dictionary<int, List<TablePageStart>> tablePages = [];

    private DocxPagePlan(Pagination pagination, int blocks)
    {
        Pagination = pagination;
        Landscape = new bool[blocks];
        StartsPage = new bool[blocks];
    }

    public Pagination Pagination { get; }

    /// <summary>
    /// How much taller (in twips: 2 pt) the Word file's text block is than the PDF's. Word breaks its pages where the PDF
    /// does, and a PDF page may be full to the last point (a table and its note); LibreOffice's row heights and spacing
    /// differ from the PDF's by fractions of a point, and without this room the note went on to a page of its own. A
    /// fourteenth of a body line: a page takes a line the PDF carried over only when the PDF left almost a whole line
    /// empty, and a table's pages are separate pieces, so its rows cannot move up.
    /// </summary>
    public const int BottomSlackTwips = 40;

    /// <summary>For each block, whether it stands on a landscape page.</summary>
    public bool[] Landscape { get; }

    /// <summary>For each block, whether a page begins with it (not with the rest of a block begun before).</summary>
    public bool[] StartsPage { get; }

    /// <summary>The plan for a document of <paramref name="blocks"/> blocks; null when the pagination has no pages.</summary>
    public static DocxPagePlan? From(Pagination? pagination, int blocks)
    {
        if (pagination is null || pagination.Pages.Count == 0 || pagination.Pages.Any(p => p.Block < 0 || p.Block >= blocks))
            return null;
        var plan = new DocxPagePlan(pagination, blocks);
        var pages = pagination.Pages;
        // A block stands on the page of the last page start at or before it.
        for (int b = 0, p = 0; b < blocks; b++)
        {
            while (p + 1 < pages.Count && pages[p + 1].Block <= b) p++;
            plan.Landscape[b] = pages[p].Landscape;
        }

        foreach (var page in pages.Skip(1))
        {
            if (!page.Continues) plan.StartsPage[page.Block] = true;
            else if (page.Row >= 0)
            {
                if (!plan.tablePages.TryGetValue(page.Block, out var starts)) plan.tablePages[page.Block] = starts = [];
                var split = page.Line > 0 ? page.SplitCells.ToDictionary(c => c.Column) : null;
                starts.Add(new TablePageStart(page.Row, split));
            }
        }

        return plan;
    }

    /// <summary>Where the pages of table block <paramref name="block"/> after its first begin, in order.</summary>
    public IReadOnlyList<TablePageStart> TablePages(int block) =>
        tablePages.TryGetValue(block, out var starts) ? starts : [];

    public TableMeasure? Table(int block) => Pagination.Tables.GetValueOrDefault(block);

    public (double WidthPt, double HeightPt)? Figure(int block) =>
        Pagination.Figures.TryGetValue(block, out var size) ? size : null;

}

/// <summary>
/// A table's page beginning at body row <see cref="Row"/>, or inside it when <see cref="Split"/> says how its cells
/// divide.
/// </summary>
internal sealed record TablePageStart(int Row, IReadOnlyDictionary<int, SplitCell>? Split);
