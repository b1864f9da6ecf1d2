using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// A printed column of a table found on a sheet: the descriptor's leaf, the data column it shows, the block it belongs
/// to, and the sheet columns it takes (one; two or three when a code is split into 类/款/项).
/// </summary>
internal sealed record PrintedColumn(HeaderNode Leaf, DataColumn Data, int Block, IReadOnlyList<int> SheetColumns)
{
    public int First => SheetColumns[0];

    public int Last => SheetColumns[^1];
}
