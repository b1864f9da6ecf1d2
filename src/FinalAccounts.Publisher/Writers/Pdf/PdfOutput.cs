using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Saves a rendered document byte-reproducibly: every part PDFsharp makes random (trailer /ID, font subset tags,
/// annotation /M and /NM, XMP uuids) is replaced by something derived from a hash of the content. PDFsharp saves its
/// streams uncompressed; <see cref="PdfStreamDeflater"/> then deflates them as complete zlib data.
/// </summary>
internal static partial class PdfOutput
{
    public static void Save(PdfDocument document, LayoutResult layout, Document.DocumentInfo info, Stream output)
    {
        var hash = ContentHash(layout, info);
        var id = new string(hash.Take(16).Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        FixAnnotations(document);
        FixSubsetTags(document, hash);
        PdfPageLabels.Add(document, layout);
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        using var buffer = PooledStreams.Get("pdf-save");
        document.Save(buffer, false);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var xmp = XmpPacket(bytes);
        FixXmpIds(xmp, hash);
        EscapeXmpText(xmp, [info.Title, info.Author, info.Subject, string.Join(", ", info.Keywords)]);
        PdfStreamDeflater.Deflate(bytes, output);
    }

    private static byte[] ContentHash(LayoutResult layout, Document.DocumentInfo info)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoded = new byte[256];
        void Add(string s)
        {
            var length = Encoding.UTF8.GetMaxByteCount(s.Length) + 1;
            if (encoded.Length < length) encoded = new byte[Math.Max(length, encoded.Length * 2)];
            var n = Encoding.UTF8.GetBytes(s, encoded);
            encoded[n] = 1; // a separator no text contains
            sha.AppendData(encoded, 0, n + 1);
        }

        Add(info.Title);
        Add(info.Author);
        Add(info.Subject);
        Add(string.Join(",", info.Keywords));
        Add(info.Date.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Span<byte> numbers = stackalloc byte[24];
        foreach (var page in layout.Pages)
        {
            Add(page.Geometry.Landscape ? "L" : "P");
            foreach (var op in page.Ops)
            {
                if (op is TextOp t)
                {
                    // Positions to a thousandth of a point, as numbers rather than text: hashing is on the PDF's hot path.
                    BitConverter.TryWriteBytes(numbers, (long)Math.Round(t.X * 1000));
                    BitConverter.TryWriteBytes(numbers[8..], (long)Math.Round(t.Top * 1000));
                    BitConverter.TryWriteBytes(numbers[16..], (long)Math.Round(t.Font.Size * 1000));
                    sha.AppendData(numbers);
                    Add(t.Font.Face.Key);
                    Add(t.Text);
                }
                else if (op is ImageOp i) sha.AppendData(SHA256.HashData(i.Image.Png));
                else Add(op.GetType().Name);
            }
        }

        return sha.GetHashAndReset();
    }

    private static void FixAnnotations(PdfDocument document)
    {
        foreach (var page in document.Pages)
        {
            for (var i = 0; i < page.Annotations.Count; i++)
            {
                var a = page.Annotations[i];
                a.Elements.Remove(PdfAnnotation.Keys.M);
                a.Elements.Remove("/NM");
            }
        }
    }

    /// <summary>
    /// Subset tags (ABCDEF+Name) are random: derive each from the font name and the content hash. A font drawn from a
    /// face's common cut is named as the whole face (<see cref="CommonFace.WholeName"/>), so its PDF is the same.
    /// </summary>
    private static void FixSubsetTags(PdfDocument document, byte[] hash)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary dict) continue;
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var name = dict.Elements.GetName(key);
                var match = SubsetName().Match(name);
                if (!match.Success) continue;
                var old = match.Groups[1].Value;
                var fontName = CommonFace.WholeName(match.Groups[2].Value);
                if (!tags.TryGetValue(old, out var tag)) tags[old] = tag = Tag(hash, fontName, tags.Count);
                dict.Elements.SetName(key, "/" + tag + "+" + fontName);
            }
        }
    }

    private static string Tag(byte[] hash, string fontName, int index)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(Convert.ToHexString(hash) + fontName + index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new string(digest.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    /// <summary>The XMP packet in the saved bytes (PDFsharp stores it uncompressed); empty when there is none.</summary>
    private static Span<byte> XmpPacket(Span<byte> bytes)
    {
        var start = bytes.IndexOf("<x:xmpmeta"u8);
        var end = bytes.IndexOf("</x:xmpmeta>"u8);
        return start < 0 || end < start ? [] : bytes[start..end];
    }

    /// <summary>XMP DocumentID/InstanceID are GUIDs: same length, so they are replaced in the packet's bytes.</summary>
    private static void FixXmpIds(Span<byte> xmp, byte[] hash)
    {
        var index = 0;
        var at = 0;
        while (at < xmp.Length)
        {
            var found = xmp[at..].IndexOf("uuid:"u8);
            if (found < 0) break;
            var start = at + found + 5;
            at = start;
            if (start + 36 > xmp.Length || !Guid.TryParseExact(Encoding.ASCII.GetString(xmp.Slice(start, 36)), "D", out _)) continue;
            var digest = SHA256.HashData([.. hash, (byte)index++]);
            var uuid = new Guid(digest.AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes(uuid, xmp.Slice(start, 36));
            at = start + 36;
        }
    }

    /// <summary>
    /// PDFsharp copies the info fields into the XMP packet without XML escaping, so '&amp;' or '&lt;' would break it. The
    /// packet is stored uncompressed and byte offsets must not move: such characters become '+', '(' and ')' in the
    /// XMP copy only (the Info dictionary keeps the exact text).
    /// </summary>
    private static void EscapeXmpText(Span<byte> xmp, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => v.IndexOfAny(['&', '<', '>']) >= 0))
        {
            var raw = Encoding.UTF8.GetBytes(value);
            var at = 0;
            while (at < xmp.Length)
            {
                var i = xmp[at..].IndexOf(raw);
                if (i < 0) break;
                for (var k = at + i; k < at + i + raw.Length; k++)
                {
                    xmp[k] = xmp[k] switch { (byte)'&' => (byte)'+', (byte)'<' => (byte)'(', (byte)'>' => (byte)')', var b => b };
                }

                at += i + raw.Length;
            }
        }
    }

    [GeneratedRegex(@"^/?([A-Z]{6})\+(.+)$")]
    private static partial Regex SubsetName();
}
