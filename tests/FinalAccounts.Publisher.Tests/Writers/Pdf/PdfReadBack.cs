using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>Reading a written PDF back with PdfPig: page texts without spaces, letters, page sizes.</summary>
internal static class PdfReadBack
{
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squash(string.Concat(p.Letters.Select(l => l.Value)))).ToList();
    }

    /// <summary>
    /// The page texts as a reader of tagged PDF reads them: without artifacts (page numbers, header rows and labels
    /// repeated on a continuation page), so a text that runs on from one page to the next reads on.
    /// </summary>
    public static List<string> ContentTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p =>
        {
            var artifacts = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
            foreach (var element in p.GetMarkedContents()) Collect(element, false, artifacts);
            return Squash(string.Concat(p.Letters.Where(l => !artifacts.Contains(l)).Select(l => l.Value)));
        }).ToList();
    }

    private static void Collect(MarkedContentElement element, bool inArtifact, HashSet<Letter> artifacts)
    {
        inArtifact |= element.IsArtifact;
        if (inArtifact) artifacts.UnionWith(element.Letters);
        foreach (var child in element.Children) Collect(child, inArtifact, artifacts);
    }

    public static List<(double Width, double Height, IReadOnlyList<Letter> Letters)> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => (p.Width, p.Height, (IReadOnlyList<Letter>)p.Letters.ToList())).ToList();
    }

    public static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
