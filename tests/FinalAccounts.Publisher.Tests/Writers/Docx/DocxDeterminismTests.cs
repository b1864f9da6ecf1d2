using System.IO.Compression;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>Same document → the same bytes: no clock, no random ids.</summary>
public sealed partial class DocxDeterminismTests
{
    [Category("Slow")]
    [Test]
    public void Two_writes_of_the_same_document_are_byte_identical()
    {
        var first = DocxTestFiles.Write();
        Thread.Sleep(2100); // zip times have a two-second resolution: a clock-stamped entry would now differ
        var second = DocxTestFiles.Write();
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Two_writes_with_drawn_figures_are_byte_identical()
    {
        WriterContext Context() => new(DocumentStyle.Default, new StubFigureRenderer(), new DiagnosticBag());
        Assert.That(DocxTestFiles.Write(context: Context()), Is.EqualTo(DocxTestFiles.Write(context: Context())));
    }

    [Test]
    public void Zip_entries_carry_the_document_date_in_a_fixed_order()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxTestFiles.Write()), ZipArchiveMode.Read);
        var date = SampleDocument.Create().Info.Date;
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(date.DateTime));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(names[0], Is.EqualTo("[Content_Types].xml"));
        Assert.That(names.Skip(1), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void Relationship_ids_are_fixed_names_not_generated_ones()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxTestFiles.Write(context: new WriterContext(DocumentStyle.Default, new StubFigureRenderer(), new DiagnosticBag()))), ZipArchiveMode.Read);
        var ids = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .SelectMany(e => RelationshipId().Matches(new StreamReader(e.Open()).ReadToEnd()).Select(m => m.Groups[1].Value))
            .ToList();
        Assert.That(ids, Is.Not.Empty);
        Assert.That(ids, Is.All.Matches("^rId[A-Z][A-Za-z]*[0-9]*$"));
    }

    [Test]
    public void Core_properties_hold_the_document_date_not_the_clock()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        Assert.That(doc.PackageProperties.Created, Is.EqualTo(new DateTime(2025, 2, 10, 0, 0, 0, DateTimeKind.Utc)));
    }

    [GeneratedRegex("Id=\"([^\"]+)\"")]
    private static partial Regex RelationshipId();
}
