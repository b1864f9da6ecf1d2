using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// The PDF writer draws from the faces' common cuts (<see cref="CommonFace"/>) to hold less memory; the PDF must be the
/// one the whole faces make, byte for byte: PDFsharp's subset of a cut is the subset of the whole face, and a document
/// with any other character is drawn from the whole face (where a cut would leave the glyph empty).
/// </summary>
public sealed class CommonFacePdfTests
{
    private static readonly Lazy<PdfWriter> WholeFacesOnly = new(() =>
        new PdfWriter(new FontCatalog(PdfSample.Catalog.Folders) { CutsCommonFaces = false }));

    private static byte[] Whole(DocumentTree document) => PdfSample.Build(document, WholeFacesOnly.Value).Pdf;

    [Test]
    public void The_sample_department_in_common_characters_is_the_PDF_the_whole_faces_make()
    {
        var built = PdfSample.Get("department");
        Assert.That(built.Document.Blocks, Is.Not.Empty);
        Assert.That(built.Pdf, Is.EqualTo(Whole(built.Document)));
    }

    [Test]
    public void A_rare_character_in_the_body_draws_that_face_whole_and_the_others_from_their_cuts()
    {
        var where = new SourceLocation("templates/part1.md", 3, 1);
        var info = SampleDocument.Create().Info;
        var document = new DocumentTree(info,
        [
            new Heading(1, "一、", "部门职责", "h1", true, where),
            new Paragraph([new Inline("朱镕基路办公用房维修经费减少")], ParagraphKind.Body, where),
        ]);
        var pdf = PdfSample.Build(document).Pdf;
        Assert.That(pdf, Is.EqualTo(Whole(document)));
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.That(string.Concat(read.GetPages().Select(p => p.Text)), Does.Contain("朱镕基路"));
    }

    [Test]
    public void A_draft_watermark_in_a_rare_character_draws_its_face_whole()
    {
        var where = new SourceLocation("templates/part1.md", 3, 1);
        var info = SampleDocument.Create().Info with { Watermark = "征求意见稿镕" };
        var document = new DocumentTree(info, [new Paragraph([new Inline("部门决算公开")], ParagraphKind.Body, where)]);
        Assert.That(PdfSample.Build(document).Pdf, Is.EqualTo(Whole(document)));
        var common = document with { Info = info with { Watermark = "征求意见稿" } };
        Assert.That(PdfSample.Build(common).Pdf, Is.EqualTo(Whole(common)));
    }
}
