using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Writers.Pdf;
using UglyToad.PdfPig.Tokens;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// How the PDF is saved: every stream complete zlib data (qpdf --check warned on every page when PDFsharp left out the
/// Adler-32 checksum), the XMP metadata alone uncompressed, and page labels that say what the footers print.
/// </summary>
public sealed partial class PdfOutputTests
{
    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Every_stream_is_deflated_as_complete_zlib_data(string which)
    {
        var pdf = PdfSample.Get(which).Pdf;
        var streams = PdfStreamCheck.Streams(pdf);
        var deflated = streams.Count(s => PdfStreamCheck.IsFlate(s.Dictionary));
        Assert.That(deflated, Is.GreaterThan(10), "page contents, fonts, maps");
        Assert.That(PdfStreamCheck.Incomplete(pdf), Is.Empty);
        var plain = streams.Where(s => !s.Dictionary.TryGet(NameToken.Filter, out _))
            .Select(s => s.Dictionary.Data["Type"].ToString());
        Assert.That(plain, Is.EqualTo(new[] { "/Metadata" }), "only the XMP metadata is left uncompressed");
    }

    [TestCase("fixture", new[] { "i", "ii" })]
    [TestCase("department", new[] { "i", "ii", "iii" }, Category = "Slow")]
    public void Page_labels_say_what_the_pages_print_and_the_cover_and_contents_are_front_matter(
        string which, string[] front)
    {
        var pdf = PdfSample.Get(which).Pdf;
        var labels = PageLabels(pdf);
        var texts = PdfReadBack.PageTexts(pdf);
        Assert.That(labels, Has.Count.EqualTo(texts.Count));
        var body = texts.FindIndex(t => Footer().IsMatch(t));
        Assert.That(labels.Take(body), Is.EqualTo(front), "the cover and the contents print no number");
        for (var i = body; i < texts.Count; i++)
            Assert.That(labels[i], Is.EqualTo(Footer().Match(texts[i]).Groups[1].Value), $"page {i + 1}");
    }

    [Test]
    public void Deflating_a_saved_pdf_keeps_every_object_and_reads_only_syntax_as_syntax()
    {
        var content = "BT /F0 12 Tf (>> stream endstream) Tj ET";
        var pdf = Pdf(
            $"<</Length {content.Length}/Note(a >> b \\) stream)>>\nstream\n{content}\nendstream",
            "<</Type/Metadata/Subtype/XML/Length 9>>\nstream\n<x:xmp/>\n\nendstream",
            "<</Length 4/Filter/ASCIIHexDecode>>\nstream\n4142\nendstream",
            "<</Length 5 0 R>>\nstream\nhello\nendstream",
            "5");
        using var output = new MemoryStream();
        PdfStreamDeflater.Deflate(pdf, output);
        var streams = PdfStreamCheck.Streams(output.ToArray());
        Assert.That(streams, Has.Count.EqualTo(4), "every object is still where the cross-reference table says");
        Assert.That(PdfStreamCheck.IsFlate(streams[0].Dictionary), Is.True);
        Assert.That(Inflate(streams[0].Data), Is.EqualTo(content));
        Assert.That(streams[0].Dictionary.Data["Note"].ToString(), Does.Contain("stream"), "a string keeps its text");
        Assert.That(Encoding.ASCII.GetString(streams[1].Data), Is.EqualTo("<x:xmp/>\n"), "the metadata stays readable");
        Assert.That(Encoding.ASCII.GetString(streams[2].Data), Is.EqualTo("4142"), "a filtered stream is left as it is");
        Assert.That(Encoding.ASCII.GetString(streams[3].Data), Is.EqualTo("hello"), "a length in another object is left");
        Assert.That(PdfStreamCheck.Incomplete(output.ToArray()), Is.Empty);
    }

    /// <summary>A PDF of the given objects (numbered from 1, after a catalog and a page tree) with its xref.</summary>
    private static byte[] Pdf(params string[] objects)
    {
        var all = new List<string> { "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[]/Count 0>>" };
        all.AddRange(objects);
        var sb = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < all.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{all[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {all.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<</Root 1 0 R/Size {all.Count + 1}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static string Inflate(byte[] zlib)
    {
        using var inflate = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.Latin1);
        return reader.ReadToEnd();
    }

    /// <summary>Each page's label from the catalog's /PageLabels number tree (a flat /Nums array, as written).</summary>
    private static List<string> PageLabels(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var tree = (DictionaryToken)Resolve(document, catalog.Data["PageLabels"]);
        var nums = ((ArrayToken)Resolve(document, tree.Data["Nums"])).Data;
        var labels = new List<string>();
        for (var page = 0; page < document.NumberOfPages; page++)
        {
            var k = 0;
            while (k + 2 < nums.Count && ((NumericToken)nums[k + 2]).Int <= page) k += 2;
            var start = ((NumericToken)nums[k]).Int;
            var range = (DictionaryToken)Resolve(document, nums[k + 1]);
            var first = range.TryGet(NameToken.Create("St"), out var st) ? ((NumericToken)st).Int : 1;
            var style = range.Data["S"].ToString();
            var n = first + page - start;
            labels.Add(style == "/r" ? Roman(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return labels;
    }

    private static IToken Resolve(UglyToad.PdfPig.PdfDocument document, IToken token) =>
        token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;

    private static string Roman(int n) => n switch { 1 => "i", 2 => "ii", 3 => "iii", 4 => "iv", 5 => "v", _ => "?" };

    [GeneratedRegex(@"—(\d+)—$")]
    private static partial Regex Footer();
}
