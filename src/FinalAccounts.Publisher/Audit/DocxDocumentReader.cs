using System.Text;
using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Reads a Word document's body: paragraphs in order (numbered from 1, as a reviewer counts them; empty ones are not
/// counted), and real tables as grids (gridSpan and vMerge as spans, rows marked as repeated headers as the header). A
/// table Word carries over a page break as a second table with the same header rows is joined to the first.
/// </summary>
public static class DocxDocumentReader
{
    public static ReadDocument Read(string file, Stream stream)
    {
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart?.Document?.Body;
        var blocks = new List<Block>();
        if (body is null) return new ReadDocument(file, blocks);
        var paragraph = 0;
        var tables = 0;
        foreach (var element in body.ChildElements)
        {
            if (element is W.Paragraph p)
            {
                var text = Text(p).Trim();
                if (text.Length > 0)
                    blocks.Add(new Paragraph([new Inline(text)], ParagraphKind.Body, SourceLocation.InDocument(file, 0, ++paragraph)));
            }
            else if (element is W.Table t)
            {
                var (header, rows) = Rows(t);
                if (blocks.Count > 0 && blocks[^1] is Table previous && SameHeader(previous.Header, header))
                {
                    blocks[^1] = previous with { Body = [.. previous.Body, .. rows] };
                    continue;
                }

                var width = header.Concat(rows).Select(r => r.Cells.Sum(c => c.ColSpan)).DefaultIfEmpty(0).Max();
                blocks.Add(new Table($"t{++tables}", "", [], [.. Enumerable.Range(0, width).Select(_ => new TableColumn(CellAlign.Left))],
                    header, rows, [], false, SourceLocation.InDocument(file, 0, 0, tables)));
            }
        }

        return new ReadDocument(file, blocks);
    }

    /// <summary>A paragraph's text: runs in order, tabs as tabs, line breaks as spaces.</summary>
    public static string Text(W.Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var run in paragraph.Descendants<W.Run>())
            foreach (var child in run.ChildElements)
                switch (child)
                {
                    case W.Text t: sb.Append(t.Text); break;
                    case W.TabChar: sb.Append('\t'); break;
                    case W.Break b when b.Type is null || b.Type.Value == W.BreakValues.TextWrapping: sb.Append(' '); break;
                }

        return sb.ToString();
    }

    private static (List<TableRow> Header, List<TableRow> Body) Rows(W.Table table)
    {
        var raw = table.Elements<W.TableRow>().Select(r => (
            IsHeader: r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null,
            Cells: r.Elements<W.TableCell>().Select(c => (
                Text: string.Join(" ", c.Elements<W.Paragraph>().Select(Text).Where(t => t.Length > 0)).Trim(),
                Span: c.TableCellProperties?.GridSpan?.Val?.Value ?? 1,
                Merge: c.TableCellProperties?.VerticalMerge)).ToList())).ToList();
        var rows = new List<(bool IsHeader, TableRow Row)>();
        for (var r = 0; r < raw.Count; r++)
        {
            var cells = new List<TableCell>();
            var column = 0;
            foreach (var (text, span, merge) in raw[r].Cells)
            {
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                if (!continues)
                    cells.Add(new TableCell(text, span, merge is null ? 1 : 1 + Continued(raw, r, column)));
                column += span;
            }

            rows.Add((raw[r].IsHeader, new TableRow(cells, raw[r].IsHeader ? TableRowKind.Header : TableRowKind.Body)));
        }

        return ([.. rows.TakeWhile(r => r.IsHeader).Select(r => r.Row)], [.. rows.SkipWhile(r => r.IsHeader).Select(r => r.Row)]);
    }

    /// <summary>How many rows below row <paramref name="r"/> continue the vertical merge that starts at grid column <paramref name="column"/>.</summary>
    private static int Continued(List<(bool IsHeader, List<(string Text, int Span, W.VerticalMerge? Merge)> Cells)> raw, int r, int column)
    {
        var count = 0;
        for (var below = r + 1; below < raw.Count; below++)
        {
            var at = 0;
            var found = false;
            foreach (var cell in raw[below].Cells)
            {
                if (at == column)
                {
                    found = cell.Merge is { } m && (m.Val is null || m.Val.Value == W.MergedCellValues.Continue);
                    break;
                }

                at += cell.Span;
            }

            if (!found) break;
            count++;
        }

        return count;
    }

    private static bool SameHeader(IReadOnlyList<TableRow> a, IReadOnlyList<TableRow> b) =>
        a.Count > 0 && a.Count == b.Count &&
        a.Zip(b).All(x => x.First.Cells.Select(c => c.Text).SequenceEqual(x.Second.Cells.Select(c => c.Text)));
}
