using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers;

/// <summary>
/// Checks the golden expectations against the text of a PDF (ours, or LibreOffice's rendering of the .docx): every
/// sentence in the document text (a sentence in a form cell may run from one page on to the next), every table row's
/// and form row's cells in order on one page, every form value.
/// </summary>
internal static partial class GoldenReadBack
{
    public static GoldenFile Golden => GoldenFile.Read(Path.Combine(SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Golden", "hongshan-jkj-2024.golden.txt"));

    /// <summary>
    /// The expectations not found in <paramref name="pdf"/>. <paramref name="ignoreLineEndCommas"/> drops ， and 、 on both
    /// sides before comparing: LibreOffice hangs a comma that falls at a line end and then leaves it out of its PDF.
    /// </summary>
    public static List<string> Check(byte[] pdf, bool ignoreLineEndCommas = false)
    {
        var normalize = ignoreLineEndCommas ? (Func<string, string>)(s => s.Replace("，", "").Replace("、", "")) : s => s;
        var pages = PdfReadBack.ContentTexts(pdf).Select(t => normalize(Footer().Replace(t, ""))).ToList();
        var whole = string.Concat(pages);
        var problems = new List<string>();
        foreach (var section in Golden.Sections)
        {
            foreach (var line in section.Lines)
            {
                if (section.Name is "parts" or "sections" or "sentences")
                {
                    var text = normalize(PdfReadBack.Squash(line.Text));
                    if (!whole.Contains(text, StringComparison.Ordinal) && !SplitInACell(pages, text)) problems.Add($"[{section.Name}] {line}");
                }
                else if (line.Text.StartsWith("form: ", StringComparison.Ordinal))
                {
                    if (!whole.Contains(PdfReadBack.Squash(line.Text[6..]), StringComparison.Ordinal)) problems.Add($"[{section.Name}] {line}");
                }
                else if (!pages.Any(p => InOrder(p, (line.Cells.Count == 2 && section.Name == "forms" ? [line.Cells[1]] : line.Cells).Select(normalize).ToList())))
                    problems.Add($"[{section.Name}] {line}");
            }
        }

        return problems;
    }

    /// <summary>
    /// A sentence in a table cell whose row splits across pages: its head on one page and its tail on the next, with the
    /// neighbouring cells' text (a score, a label, the repeated header) read between them.
    /// </summary>
    private static bool SplitInACell(List<string> pages, string sentence)
    {
        const int least = 4;
        for (var p = 0; p + 1 < pages.Count; p++)
        {
            for (var cut = least; cut <= sentence.Length - least; cut++)
            {
                if (pages[p].Contains(sentence[..cut], StringComparison.Ordinal) && pages[p + 1].Contains(sentence[cut..], StringComparison.Ordinal)
                    && !pages[p].Contains(sentence[..(cut + 1)], StringComparison.Ordinal)) return true;
            }
        }

        return false;
    }

    private static bool InOrder(string page, IReadOnlyList<string> cells)
    {
        var at = 0;
        foreach (var cell in cells)
        {
            var i = page.IndexOf(PdfReadBack.Squash(cell), at, StringComparison.Ordinal);
            if (i < 0) return false;
            at = i + 1;
        }

        return true;
    }

    [GeneratedRegex(@"—\d+—")]
    private static partial Regex Footer();
}
