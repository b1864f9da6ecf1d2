using FinalAccounts.Publisher.Tests.Writers.Pdf;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

/// <summary>
/// The font scan kept between runs: keyed by each file's path, size and time, so a changed file is read again and a
/// cache that cannot be read is rebuilt; it can make a run slower, never its fonts different.
/// </summary>
public sealed class FontCatalogCacheTests
{
    private string folder = "";

    private string Fonts => Path.Combine(folder, "fonts");

    private string CacheFile => Path.Combine(folder, "cache", "fonts.bin");

    [SetUp]
    public void Create()
    {
        folder = Directory.CreateTempSubdirectory("fa-fontcache-").FullName;
        Directory.CreateDirectory(Fonts);
        File.WriteAllBytes(Path.Combine(Fonts, "a.ttf"), Face("AR PL UKai CN"));
    }

    [TearDown]
    public void Delete() => Directory.Delete(folder, recursive: true);

    [Test]
    public void A_cached_scan_finds_exactly_what_a_fresh_scan_finds()
    {
        var fresh = new FontCatalog([Fonts]).Faces;
        var first = new FontCatalog([Fonts], CacheFile).Faces;
        var cached = new FontCatalog([Fonts], CacheFile).Faces;

        Assert.That(File.Exists(CacheFile), Is.True);
        Assert.That(Describe(first), Is.EqualTo(Describe(fresh)));
        Assert.That(Describe(cached), Is.EqualTo(Describe(fresh)));
    }

    [Test]
    public void An_unchanged_file_is_not_read_again()
    {
        _ = new FontCatalog([Fonts], CacheFile).Faces;
        var file = Path.Combine(Fonts, "a.ttf");
        var stamp = File.GetLastWriteTimeUtc(file);
        File.WriteAllBytes(file, new byte[new FileInfo(file).Length]); // same size and time, unreadable content
        File.SetLastWriteTimeUtc(file, stamp);

        Assert.That(new FontCatalog([Fonts], CacheFile).FindFamily("AR PL UKai CN"), Has.Count.EqualTo(1), "taken from the cache");
        Assert.That(new FontCatalog([Fonts]).FindFamily("AR PL UKai CN"), Is.Empty, "a fresh scan cannot read it");
    }

    [Test]
    public void A_changed_file_is_read_again_and_a_removed_one_is_forgotten()
    {
        _ = new FontCatalog([Fonts], CacheFile).Faces;
        File.WriteAllBytes(Path.Combine(Fonts, "a.ttf"), Face("AR PL UMing CN"));
        File.SetLastWriteTimeUtc(Path.Combine(Fonts, "a.ttf"), DateTime.UtcNow.AddMinutes(1));
        var changed = new FontCatalog([Fonts], CacheFile);

        Assert.That(changed.FindFamily("AR PL UMing CN"), Has.Count.EqualTo(1));
        Assert.That(changed.FindFamily("AR PL UKai CN"), Is.Empty);
        File.Delete(Path.Combine(Fonts, "a.ttf"));
        Assert.That(new FontCatalog([Fonts], CacheFile).Faces, Is.Empty);
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { (byte)'F', (byte)'A', (byte)'C', (byte)'F', 1, 0, 0, 0, 9, 0, 0, 0, 3 })]
    [TestCase(new byte[] { (byte)'F', (byte)'A', (byte)'C', (byte)'F', 99, 0, 0, 0, 0, 0, 0, 0 })]
    public void A_cache_that_cannot_be_read_is_ignored_and_rewritten(byte[] broken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        File.WriteAllBytes(CacheFile, broken);

        Assert.That(new FontCatalog([Fonts], CacheFile).FindFamily("AR PL UKai CN"), Has.Count.EqualTo(1));
        Assert.That(new FileInfo(CacheFile).Length, Is.GreaterThan(broken.Length), "rewritten whole");
        Assert.That(new FontCatalog([Fonts], CacheFile).FindFamily("AR PL UKai CN"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Runs_at_the_same_time_each_see_every_font()
    {
        File.WriteAllBytes(Path.Combine(Fonts, "b.ttf"), Face("AR PL UMing CN"));
        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = Describe(new FontCatalog([Fonts], CacheFile).Faces));

        Assert.That(results.Distinct(new SequenceComparer()).Count(), Is.EqualTo(1));
        Assert.That(results[0], Has.Length.EqualTo(2));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(CacheFile)!), Is.EqualTo(new[] { CacheFile }), "no temporary file left");
    }

    private static byte[] Face(string family) => PdfSample.Catalog.GetFontBytes(PdfSample.Catalog.FindFamily(family)[0]);

    private static string[] Describe(IEnumerable<FontFace> faces) =>
        faces.Select(f => $"{f.Path}#{f.FaceIndex}|{string.Join(",", f.FamilyNames)}|{f.PostScriptName}|{f.IsBold}|{f.IsItalic}|{f.Outline}")
            .ToArray();

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(string[] obj) => obj.Length;
    }
}
