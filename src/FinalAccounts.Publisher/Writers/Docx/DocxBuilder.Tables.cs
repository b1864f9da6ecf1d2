using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    private Block? previousBlock;

    /// <summary>A table: its title (unless the heading above says the same), the meta lines, the grid, the notes.</summary>
    private void WriteTable(Document.Table table)
    {
        if (table.Columns.Count == 0)
        {
            UnrenderedBlocks.Report(Diagnostics, table, $"表“{table.Title}”没有列");
            return;
        }

        var layout = Layout(table);
        var bookmark = bookmarks.Find(table.Id);
        if (TableTitles.IsPrinted(table, previousBlock))
        {
            var title = Para(DocxStyleIds.TableTitle);
            if (bookmark is not null) title.Append(BookmarkStart(bookmark));
            title.Append(DocxText.ToRun(table.Title));
            if (bookmark is not null) title.Append(BookmarkEnd());
            Add(title);
        }

        foreach (var line in table.Preamble) Add(MetaLine(line, layout.TotalWidth));
        if (pendingBreak) Add(Para(DocxStyleIds.TableNote));
        body.Append(Grid(table, layout));
        WriteNotes(table);
    }

    /// <summary>A line above the table: left part, centred part and right part, placed with tab stops at the table's width.</summary>
    private static W.Paragraph MetaLine(TableMetaLine line, int width)
    {
        var p = Para(DocxStyleIds.TableMeta);
        var parts = new[] { line.Left, line.Center, line.Right }.Count(s => s.Length > 0);
        if (parts == 1 && line.Left.Length == 0)
        {
            p.ParagraphProperties!.Justification = new Justification { Val = line.Center.Length > 0 ? JustificationValues.Center : JustificationValues.Right };
            p.Append(DocxText.ToRun(line.Center + line.Right));
            return p;
        }

        var tabs = new Tabs();
        if (line.Center.Length > 0) tabs.Append(new TabStop { Val = TabStopValues.Center, Position = width / 2 });
        if (line.Right.Length > 0) tabs.Append(new TabStop { Val = TabStopValues.Right, Position = width });
        if (tabs.HasChildren) p.ParagraphProperties!.Tabs = tabs;
        var text = line.Left;
        if (line.Center.Length > 0) text += "\t" + line.Center;
        if (line.Right.Length > 0) text += "\t" + line.Right;
        p.Append(DocxText.ToRun(text));
        return p;
    }

    /// <summary>Notes under the table; a continuation note lines up after "注：". Without notes, a small gap paragraph.</summary>
    private void WriteNotes(Document.Table table)
    {
        if (table.Notes.Count == 0)
        {
            Add(Para(DocxStyleIds.TableNote));
            return;
        }

        var noteSize = style.Font(StyleRole.Note).SizePt;
        var firstHasLabel = table.Notes[0].StartsWith("注：", StringComparison.Ordinal);
        for (var i = 0; i < table.Notes.Count; i++)
        {
            var p = Para(DocxStyleIds.TableNote, DocxText.ToRun(table.Notes[i]));
            if (i > 0 && firstHasLabel && !table.Notes[i].StartsWith("注", StringComparison.Ordinal))
                p.ParagraphProperties!.Indentation = DocxStyles.CharIndent(0, noteSize, leftChars: 2);
            if (i == table.Notes.Count - 1)
                p.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = DocxUnits.Str(DocxUnits.TwipsFromPt(style.BodyLinePitchPt / 2)) };
            Add(p);
        }
    }
}
