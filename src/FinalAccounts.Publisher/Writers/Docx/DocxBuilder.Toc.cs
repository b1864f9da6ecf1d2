using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>
    /// A real TOC field whose result is already filled in: one paragraph per heading (TOC1, TOC2 …), each a hyperlink
    /// to the heading's bookmark with a dot leader and a PAGEREF field holding the page number. Word refreshes it on
    /// open (updateFields); applications that never update fields (LibreOffice, WPS) show it as written.
    /// </summary>
    private void WriteToc(TableOfContents toc, IReadOnlyDictionary<string, int> pages)
    {
        var maxLevel = Math.Clamp(toc.MaxLevel, 1, 5);
        Add(Para(DocxStyleIds.TocHeading, DocxText.ToRun(toc.Title)));
        var entries = TocEntries.Of(document.Blocks, toc);
        var instruction = $"TOC \\o \"1-{DocxUnits.Str(maxLevel)}\" \\h \\z \\u";
        if (entries.Count == 0)
        {
            var empty = Para(DocxStyleIds.Toc(1), DocxFields.Begin(), DocxFields.Instruction(instruction), DocxFields.Separate(), DocxFields.End());
            Add(empty);
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var heading = entries[i];
            var p = Para(DocxStyleIds.Toc(heading.Level));
            if (i == 0) p.Append(DocxFields.Begin(), DocxFields.Instruction(instruction), DocxFields.Separate());
            var page = pages.TryGetValue(heading.Id, out var n) ? DocxUnits.Str(n) : "";
            var name = bookmarks.Find(heading.Id);
            var text = DocxText.ToRun(Broken(Pagination.ContentsKey(heading.Id), heading.FullText));
            var tab = new Run(new TabChar());
            if (name is null)
            {
                p.Append(text, tab, DocxText.ToRun(page));
            }
            else
            {
                var link = new Hyperlink { Anchor = name, History = true };
                link.Append(text, tab);
                link.Append(DocxFields.Simple($"PAGEREF {name} \\h", page));
                p.Append(link);
            }

            if (i == entries.Count - 1) p.Append(DocxFields.End());
            Add(p);
        }
    }
}
