using System.Buffers.Binary;
using System.Text;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

public sealed class FontCatalogTests
{
    [Test]
    public void Debian_cjk_fonts_are_found_by_latin_and_chinese_family_names()
    {
        var catalog = PdfSample.Catalog;
        var uming = catalog.FindFamily("AR PL UMing CN");
        Assert.That(uming, Is.Not.Empty, "fonts-arphic-uming must be installed (CI installs it)");
        Assert.That(uming[0].Path, Does.EndWith("uming.ttc"));
        var zenHei = catalog.FindFamily("WenQuanYi Zen Hei");
        Assert.That(catalog.FindFamily("文泉驿正黑"), Is.EqualTo(zenHei));
        Assert.That(catalog.FindFamily("wenquanyi zenhei"), Is.EqualTo(zenHei), "case and spaces are ignored");
        Assert.That(catalog.FindFamily("仿宋_不存在的字体"), Is.Empty);
    }

    [Test]
    public void Collection_face_is_extracted_into_a_standalone_truetype_font()
    {
        var face = PdfSample.Catalog.FindFamily("AR PL UKai CN")[0];
        var bytes = PdfSample.Catalog.GetFontBytes(face);
        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(bytes), Is.EqualTo(0x00010000u));
        Assert.That(PdfSample.Catalog.GetFontBytes(face), Is.SameAs(bytes), "cached");
        var folder = Directory.CreateTempSubdirectory("fa-ttf-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "ukai.ttf"), bytes);
            var alone = new FontCatalog([folder.FullName]);
            var read = alone.FindFamily("AR PL UKai CN").Single();
            Assert.That(read.FaceIndex, Is.Zero);
            Assert.That(alone.HasGlyph(read, '决'), Is.True);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Test]
    public void Fallback_chain_skips_missing_families_and_picks_a_face_per_character()
    {
        var chain = PdfSample.Catalog.Resolve(["仿宋_GB2312", "仿宋", "AR PL UKai CN", "WenQuanYi Zen Hei"]);
        Assert.That(chain.MissingFamilies, Is.SupersetOf(new[] { "仿宋_GB2312" }));
        Assert.That(chain.Faces[0].HasFamily("AR PL UKai CN"), Is.True);
        Assert.That(chain.HasCjk, Is.True);
        Assert.That(chain.IndexFor('决'), Is.Zero);
        Assert.That(chain.FaceFor(0xF0001), Is.Null);
    }

    [Test]
    public void Project_fonts_folder_is_searched_first()
    {
        var catalog = FontCatalog.ForSystem("/nonexistent/project/fonts");
        Assert.That(catalog.Folders[0], Is.EqualTo(Path.GetFullPath("/nonexistent/project/fonts")));
        Assert.That(catalog.Faces, Is.Not.Empty);
    }

    [Test]
    public void Cff_fonts_are_skipped_for_pdf_with_a_reason_and_broken_files_are_listed()
    {
        var folder = Directory.CreateTempSubdirectory("fa-cff-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "fake.otf"), FakeFont("Fake CFF Song", "CFF "));
            File.WriteAllBytes(Path.Combine(folder.FullName, "broken.ttf"), [1, 2, 3]);
            var catalog = new FontCatalog([folder.FullName]);
            Assert.That(catalog.FindFamily("Fake CFF Song").Single().Outline, Is.EqualTo(FontOutline.Cff));
            var chain = catalog.Resolve(["Fake CFF Song"]);
            Assert.That(chain.Faces, Is.Empty);
            Assert.That(chain.Skipped.Single().Reason, Does.Contain("CFF"));
            Assert.That(catalog.Skipped.Single().Path, Does.EndWith("broken.ttf"));
            Assert.That(catalog.Resolve(["Fake CFF Song"], requirePdfEmbeddable: false).Faces, Has.Count.EqualTo(1));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Test]
    public void Empty_folder_gives_an_empty_catalog_and_no_exception()
    {
        var folder = Directory.CreateTempSubdirectory("fa-empty-");
        try
        {
            var catalog = new FontCatalog([folder.FullName, "/no/such/folder"]);
            Assert.That(catalog.Faces, Is.Empty);
            Assert.That(catalog.Resolve(["AR PL UMing CN"]).HasCjk, Is.False);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    /// <summary>A minimal sfnt with 'name' (family), 'head' and one outline table.</summary>
    private static byte[] FakeFont(string family, string outlineTag)
    {
        var name = Encoding.BigEndianUnicode.GetBytes(family);
        var nameTable = new byte[6 + 12 + name.Length];
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(4), 18);
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(6), 3);
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(10), 0x409);
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(12), 1);
        BinaryPrimitives.WriteUInt16BigEndian(nameTable.AsSpan(14), (ushort)name.Length);
        name.CopyTo(nameTable, 18);
        var tables = new (string Tag, byte[] Data)[] { (outlineTag, new byte[8]), ("head", new byte[54]), ("name", nameTable) };
        var header = new byte[12 + 16 * tables.Length];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x4F54544F);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)tables.Length);
        var offset = header.Length;
        var body = new List<byte>();
        for (var i = 0; i < tables.Length; i++)
        {
            Encoding.ASCII.GetBytes(tables[i].Tag).CopyTo(header, 12 + i * 16);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + i * 16 + 8), (uint)(offset + body.Count));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + i * 16 + 12), (uint)tables[i].Data.Length);
            body.AddRange(tables[i].Data);
            while (body.Count % 4 != 0) body.Add(0);
        }

        return [.. header, .. body];
    }
}
