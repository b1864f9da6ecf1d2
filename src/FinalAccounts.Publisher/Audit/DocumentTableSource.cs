using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// The 公开表 of a finished document: each of its tables, with the lines just above it (title, form label, 单位), is a
/// grid read as a worksheet is — the table found by its title or form label, its layout recognised from the
/// descriptor — and every value is located at its table, row and column (<c>report.docx:t3:r5:c2</c>), the lines above
/// at their paragraph. A table the document does not hold is reported once and read as missing.
/// </summary>
public sealed class DocumentTableSource : ITableSource
{
    /// <summary>How many text blocks above a table may hold its title, form label and unit line.</summary>
    private const int LinesAbove = 6;

    private readonly string file;
    private readonly Dictionary<TableDescriptor, (Worksheet Sheet, Func<int, int, SourceLocation> At)> found = [];

    public DocumentTableSource(ReadDocument document)
    {
        file = document.File;
        var sheets = new List<Worksheet>();
        var places = new Dictionary<string, Func<int, int, SourceLocation>>(StringComparer.Ordinal);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is not Table table) continue;
            var above = Above(document.Blocks, i);
            var name = $"t{sheets.Count + 1}";
            var index = sheets.Count + 1;
            sheets.Add(TableGrids.Sheet(table, name, [.. above.Select(a => ReadDocument.TextOf(a) ?? "")]));
            var page = table.Location.Part is DocumentPart d ? d.Page : 0;
            places[name] = (row, column) => row == 0 ? SourceLocation.InDocument(file, 0, 0, index)
                : row <= above.Count ? above[row - 1].Location
                : SourceLocation.InDocument(file, page, 0, index, row - above.Count, column);
        }

        var matching = new DiagnosticBag();
        foreach (var (table, sheet) in SheetTableMatcher.Match(sheets, file, matching))
            found[table] = (sheet, places[sheet.Name]);
        Tables = sheets.Count;
    }

    /// <summary>How many tables the document holds (公开表 or not).</summary>
    public int Tables { get; }

    public SourceLocation SourceOf(TableDescriptor table) =>
        found.TryGetValue(table, out var t) ? t.At(0, 0) : SourceLocation.OfSheet(file, table.FormLabel);

    public TableInput? Read(TableDescriptor table, DiagnosticBag bag)
    {
        if (found.TryGetValue(table, out var t))
        {
            var sheet = SheetLayout.Find(t.Sheet, table, t.At, new DiagnosticBag()) is { } layout ? TextRows.Realign(t.Sheet, layout, table) : t.Sheet;
            return SheetTableReader.Read(sheet, table, t.At, bag);
        }

        bag.Report(AuditCodes.TableMissing, SourceLocation.OfFile(file),
            $"文档中找不到{new OwnText(table.ToString())}（表上方应有表名“{new OwnText(table.Title)}”或“{new OwnText(table.FormLabel)}”）。",
            $"The document has no {new OwnText(table.ToString())} (its title {new OwnText(table.Title)} or {new OwnText(table.FormLabel)} above it).");
        return null;
    }

    /// <summary>The text blocks just above a table, top first: up to <see cref="LinesAbove"/>, not past another table.</summary>
    private static List<Block> Above(IReadOnlyList<Block> blocks, int index)
    {
        var above = new List<Block>();
        for (var k = index - 1; k >= 0 && above.Count < LinesAbove && blocks[k] is not Table; k--)
            if (ReadDocument.TextOf(blocks[k]) is not null) above.Insert(0, blocks[k]);
        return above;
    }
}
