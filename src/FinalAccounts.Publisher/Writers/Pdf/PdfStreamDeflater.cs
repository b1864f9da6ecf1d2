using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Deflates every stream of a saved PDF that has no filter, as complete zlib data (with the Adler-32 checksum that
/// PDFsharp's own compression leaves out, which <c>qpdf --check</c> reports on every page), and rebuilds the
/// cross-reference table for the new offsets. PDFsharp is asked to save its streams uncompressed; the XMP metadata is
/// left as it is (readers look for it uncompressed). Reads PDFsharp's layout: indirect objects in offset order, one
/// classic cross-reference section, a trailer.
/// </summary>
internal static class PdfStreamDeflater
{
    public static void Deflate(ReadOnlySpan<byte> pdf, Stream output)
    {
        var xref = StartXref(pdf);
        var entries = XrefEntries(pdf, xref);
        var offsets = entries.Select(Offset).ToArray();
        var order = Enumerable.Range(0, offsets.Length).Where(i => offsets[i] >= 0).OrderBy(i => offsets[i]).ToList();
        var start = output.Position;
        var first = order.Count > 0 ? offsets[order[0]] : xref;
        output.Write(pdf[..first]);
        var moved = new long[offsets.Length];
        for (var k = 0; k < order.Count; k++)
        {
            var from = offsets[order[k]];
            var to = k + 1 < order.Count ? offsets[order[k + 1]] : xref;
            moved[order[k]] = output.Position - start;
            WriteObject(pdf[from..to], output);
        }

        var newXref = output.Position - start;
        WriteXref(output, entries, moved);
        var trailer = pdf.Slice(xref).IndexOf("trailer"u8);
        var startxref = pdf.LastIndexOf("startxref"u8);
        if (trailer < 0 || startxref < 0) throw new InvalidOperationException("The PDF has no trailer.");
        output.Write(pdf[(xref + trailer)..startxref]);
        var end = string.Create(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(end));
    }

    /// <summary>Copies one indirect object; a stream without a filter goes out deflated, as its dictionary says.</summary>
    private static void WriteObject(ReadOnlySpan<byte> obj, Stream output)
    {
        if (PdfDictionaryScan.StreamOf(obj) is not { } stream || !stream.Deflatable)
        {
            output.Write(obj);
            return;
        }

        var data = obj.Slice(stream.DataStart, stream.Length);
        using var compressed = PooledStreams.Get("pdf-stream");
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        output.Write(obj[..stream.LengthValue.Start]);
        output.Write(Encoding.ASCII.GetBytes(compressed.Length.ToString(CultureInfo.InvariantCulture)));
        output.Write(obj[stream.LengthValue.End..stream.DictionaryClose]);
        output.Write("/Filter/FlateDecode"u8);
        output.Write(obj[stream.DictionaryClose..stream.DataStart]);
        output.Write(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        output.Write(obj[(stream.DataStart + stream.Length)..]);
    }

    private static int StartXref(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf("startxref"u8);
        if (at < 0) throw new InvalidOperationException("The PDF has no startxref.");
        var rest = pdf[(at + 9)..].TrimStart(" \r\n"u8);
        if (!Utf8Parser.TryParse(rest, out int xref, out _) || xref <= 0 || xref >= pdf.Length)
            throw new InvalidOperationException("The PDF's startxref is not an offset.");
        return xref;
    }

    /// <summary>The entries of the one cross-reference section ("xref", "0 N", N entries of 20 bytes).</summary>
    private static byte[][] XrefEntries(ReadOnlySpan<byte> pdf, int xref)
    {
        var lines = pdf[xref..];
        var first = lines.IndexOf((byte)'\n');
        var second = first + 1 + lines[(first + 1)..].IndexOf((byte)'\n');
        var header = Encoding.ASCII.GetString(lines[..first]).Trim();
        var section = Encoding.ASCII.GetString(lines[(first + 1)..second]).Trim().Split(' ');
        if (header != "xref" || section is not ["0", var n] || !int.TryParse(n, CultureInfo.InvariantCulture, out var count))
            throw new InvalidOperationException("The PDF's cross-reference table is not the one section PDFsharp writes.");
        var entries = new byte[count][];
        for (var i = 0; i < count; i++) entries[i] = lines.Slice(second + 1 + 20 * i, 20).ToArray();
        return entries;
    }

    /// <summary>The offset of an in-use entry, or -1 for a free one.</summary>
    private static int Offset(byte[] entry) =>
        entry[17] == (byte)'n' && Utf8Parser.TryParse(entry.AsSpan(0, 10), out int offset, out _) ? offset : -1;

    /// <summary>The cross-reference section again, each in-use entry with its object's new offset.</summary>
    private static void WriteXref(Stream output, byte[][] entries, long[] moved)
    {
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {entries.Length}\n")));
        Span<byte> offset = stackalloc byte[10];
        for (var i = 0; i < entries.Length; i++)
        {
            if (Offset(entries[i]) < 0)
            {
                output.Write(entries[i]);
                continue;
            }

            Encoding.ASCII.GetBytes(moved[i].ToString("D10", CultureInfo.InvariantCulture), offset);
            output.Write(offset);
            output.Write(entries[i].AsSpan(10));
        }
    }
}
