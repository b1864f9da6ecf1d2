using PdfSharp.Pdf;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// The /PageLabels a viewer shows for each page, matching what the pages print: the body from 1 as in the footers
/// ("— 1 —"), and the cover and the contents, which print no number, as front matter in lowercase roman numerals.
/// </summary>
internal static class PdfPageLabels
{
    public static void Add(PdfDocument document, LayoutResult layout)
    {
        var nums = new PdfArray(document);
        var unnumbered = 0;
        int? expected = null;
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var number = layout.Pages[i].Number;
            var label = new PdfDictionary(document);
            if (number is { } n)
            {
                if (expected == n)
                {
                    expected++;
                    continue;
                }

                label.Elements.SetName("/S", "/D");
                if (n != 1) label.Elements.SetInteger("/St", n);
                expected = n + 1;
            }
            else
            {
                unnumbered++;
                if (i > 0 && layout.Pages[i - 1].Number is null) continue;
                label.Elements.SetName("/S", "/r");
                if (unnumbered != 1) label.Elements.SetInteger("/St", unnumbered);
                expected = null;
            }

            nums.Elements.Add(new PdfInteger(i));
            nums.Elements.Add(label);
        }

        var labels = new PdfDictionary(document);
        labels.Elements["/Nums"] = nums;
        document.Internals.Catalog.Elements["/PageLabels"] = labels;
    }
}
