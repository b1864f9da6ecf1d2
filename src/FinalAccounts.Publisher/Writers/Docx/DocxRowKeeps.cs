using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// The page rules (<see cref="PageRules"/>, <see cref="KeepRules"/>) as Word row settings: which rows keep with the
/// next one (the header and first rows, a row before a total, a label row, the last rows with the notes after them;
/// every row of a table that fits on a page) and which may split (tall ones, so a form does not leave a page empty).
/// </summary>
internal sealed record DocxRowKeeps(bool[] KeepWithNext, bool[] CanSplit)
{
    public static DocxRowKeeps For(Table table, DocxTableLayout layout, DocumentStyle style, bool keepAll)
    {
        var rules = PageRules.Default;
        var rows = layout.Grid.RowCount;
        var header = table.Header.Count;
        var lines = layout.RowLines(style);
        var keep = new bool[rows];
        var split = new bool[rows];
        for (var r = 0; r < rows; r++)
        {
            var body = r - header;
            var count = rows - header;
            keep[r] = keepAll
                || body < rules.TableOrphanRows - 1
                || body >= count - rules.TableWidowRows
                || (body + 1 < count && !KeepRules.CanBreakBefore(table, body + 1));
            split[r] = body >= 0 && lines[r] >= rules.SplittableRowLines;
        }

        return new DocxRowKeeps(keep, split);
    }
}
