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

    public static List<(double Width, double Height, IReadOnlyList<Letter> Letters)> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => (p.Width, p.Height, (IReadOnlyList<Letter>)p.Letters.ToList())).ToList();
    }

    public static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
