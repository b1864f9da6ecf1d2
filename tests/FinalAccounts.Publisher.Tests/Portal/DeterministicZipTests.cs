using System.IO.Compression;
using System.Text;
using FinalAccounts.Publisher.Portal;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>The zip writer: bytes depend only on the entries, any reader opens it, text is deflated and random bytes stored.</summary>
public sealed class DeterministicZipTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("部门决算公开 2024 ", 2000)));
    private static readonly byte[] Noise = Noisy(50_000);

    [Test]
    public void The_same_entries_added_in_any_order_give_the_same_bytes()
    {
        Assert.That(Write(("b/数据.json", Text), ("a.pdf", Noise)), Is.EqualTo(Write(("a.pdf", Noise), ("b/数据.json", Text))));
        Assert.That(Write(("a.pdf", Noise), ("b/数据.json", Text)), Is.Not.EqualTo(Write(("a.pdf", Noise), ("b/数据.json", Noise))),
            "different contents give different bytes");
    }

    [Test]
    public void A_standard_reader_finds_every_entry_in_name_order_with_its_bytes_and_the_fixed_time()
    {
        using var archive = new ZipArchive(new MemoryStream(Write(("z.txt", Text), ("a.pdf", Noise), ("部门/说明.md", Text))));
        Assert.That(archive.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "a.pdf", "z.txt", "部门/说明.md" }));
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(entry.FullName == "a.pdf" ? Noise : Text), entry.FullName);
            Assert.That(entry.LastWriteTime.DateTime, Is.EqualTo(new DateTime(1980, 1, 1)), entry.FullName);
        }
    }

    [Test]
    public void Text_is_deflated_and_bytes_that_do_not_shrink_are_stored()
    {
        using var archive = new ZipArchive(new MemoryStream(Write(("text.md", Text), ("noise.pdf", Noise))));
        Assert.That(archive.GetEntry("text.md")!.CompressedLength, Is.LessThan(Text.Length / 10));
        Assert.That(archive.GetEntry("noise.pdf")!.CompressedLength, Is.EqualTo(Noise.Length));
    }

    [Test]
    public void An_empty_archive_is_a_valid_zip()
    {
        using var archive = new ZipArchive(new MemoryStream(Write()));
        Assert.That(archive.Entries, Is.Empty);
    }

    [Test]
    public void An_entry_another_zip_stores_with_the_same_size_and_crc_is_copied_as_stored_there()
    {
        // The other zip stores the text uncompressed: taken as it is, the entry stays stored (this zip would deflate it).
        using var other = new TempZip(("d/说明.md", Text, CompressionLevel.NoCompression));
        using var text = new TempFile(Text);
        var zip = new DeterministicZip();
        zip.AddFile("d/说明.md", text.Path, ZipDirectory.Read(other.Path));
        using var archive = new ZipArchive(new MemoryStream(Write(zip)));
        var entry = archive.GetEntry("d/说明.md")!;
        Assert.That(entry.CompressedLength, Is.EqualTo(Text.Length), "copied, not deflated again");
        Assert.That(Read(entry), Is.EqualTo(Text));
    }

    [Test]
    public void An_entry_whose_bytes_changed_since_the_other_zip_was_made_is_packed_from_the_new_bytes()
    {
        var changed = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("部门决算公开 2025 ", 2000)));
        using var other = new TempZip(("d/说明.md", Text, CompressionLevel.NoCompression));
        using var file = new TempFile(changed);
        var zip = new DeterministicZip();
        zip.AddFile("d/说明.md", file.Path, ZipDirectory.Read(other.Path));
        using var archive = new ZipArchive(new MemoryStream(Write(zip)));
        var entry = archive.GetEntry("d/说明.md")!;
        Assert.That(entry.CompressedLength, Is.LessThan(changed.Length / 10), "deflated here");
        Assert.That(Read(entry), Is.EqualTo(changed));
    }

    [Test]
    public void Copying_from_a_zip_this_writer_made_gives_the_bytes_of_packing_again()
    {
        var first = Write(("d/a.md", Text), ("d/b.pdf", Noise));
        using var other = new TempFile(first);
        using var a = new TempFile(Text);
        using var b = new TempFile(Noise);
        var zip = new DeterministicZip();
        zip.AddFile("d/a.md", a.Path, ZipDirectory.Read(other.Path));
        zip.AddFile("d/b.pdf", b.Path, ZipDirectory.Read(other.Path));
        Assert.That(Write(zip), Is.EqualTo(first));

        // Read from files without another zip to copy from, the entries are packed to the same bytes too.
        var fresh = new DeterministicZip();
        fresh.AddFile("d/b.pdf", b.Path);
        fresh.AddFile("d/a.md", a.Path);
        Assert.That(Write(fresh), Is.EqualTo(first));
    }

    [Test]
    public void A_file_that_is_not_a_zip_has_no_entries_to_copy()
    {
        using var other = new TempFile(Noise);
        Assert.That(ZipDirectory.Read(other.Path).Names, Is.Empty);
        Assert.That(ZipDirectory.Read(other.Path + ".missing").Names, Is.Empty);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Write(DeterministicZip zip)
    {
        using var output = new MemoryStream();
        zip.Write(output);
        return output.ToArray();
    }

    /// <summary>A file in the temporary folder, deleted afterwards.</summary>
    private class TempFile : IDisposable
    {
        public TempFile(byte[] bytes) => File.WriteAllBytes(Path, bytes);

        protected TempFile()
        {
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"finacc-zip-{Guid.NewGuid():N}.zip");

        public void Dispose() => File.Delete(Path);
    }

    /// <summary>A zip made by .NET's own writer at the given levels.</summary>
    private sealed class TempZip : TempFile
    {
        public TempZip(params (string Name, byte[] Bytes, CompressionLevel Level)[] entries)
        {
            using var archive = ZipFile.Open(Path, ZipArchiveMode.Create);
            foreach (var (name, bytes, level) in entries)
            {
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(bytes);
            }
        }
    }

    private static byte[] Write(params (string Name, byte[] Bytes)[] entries)
    {
        var zip = new DeterministicZip();
        foreach (var (name, bytes) in entries) zip.Add(name, bytes);
        using var output = new MemoryStream();
        zip.Write(output);
        return output.ToArray();
    }

    /// <summary>Bytes that do not compress (a fixed-seed generator, so the test is the same every run).</summary>
    private static byte[] Noisy(int length)
    {
        var bytes = new byte[length];
        new Random(20241231).NextBytes(bytes);
        return bytes;
    }
}
