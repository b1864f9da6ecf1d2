using System.Buffers.Binary;
using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// Reads every stream of a PDF (with PdfPig, not with the code under test) and checks its zlib data the way a strict
/// reader does: a zlib header, deflate data, and the Adler-32 checksum of what they inflate to at the very end.
/// </summary>
internal static class PdfStreamCheck
{
    /// <summary>Each stream as (object, its dictionary, its raw data).</summary>
    public static List<(string Object, DictionaryToken Dictionary, byte[] Data)> Streams(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var streams = new List<(string, DictionaryToken, byte[])>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            if (document.Structure.GetObject(reference).Data is StreamToken stream)
                streams.Add((reference.ToString(), stream.StreamDictionary, stream.Data.ToArray()));
        }

        return streams;
    }

    /// <summary>The FlateDecode streams that are not complete zlib data, each with why.</summary>
    public static List<string> Incomplete(byte[] pdf) =>
        Streams(pdf).Where(s => IsFlate(s.Dictionary)).Select(s => (s.Object, Problem: Problem(s.Data)))
            .Where(s => s.Problem is not null).Select(s => $"{s.Object}: {s.Problem}").ToList();

    public static bool IsFlate(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Filter, out var filter) && filter is NameToken { Data: "FlateDecode" };

    /// <summary>Why <paramref name="zlib"/> is not a complete zlib stream, or null when it is.</summary>
    public static string? Problem(byte[] zlib)
    {
        if (zlib.Length < 6 || (zlib[0] & 0x0F) != 8 || ((zlib[0] << 8) | zlib[1]) % 31 != 0) return "no zlib header";
        byte[] inflated;
        try
        {
            using var inflate = new DeflateStream(new MemoryStream(zlib, 2, zlib.Length - 2), CompressionMode.Decompress);
            using var copy = new MemoryStream();
            inflate.CopyTo(copy);
            inflated = copy.ToArray();
        }
        catch (InvalidDataException e)
        {
            return "deflate data unreadable: " + e.Message;
        }

        var expected = Adler32(inflated);
        var stored = BinaryPrimitives.ReadUInt32BigEndian(zlib.AsSpan(zlib.Length - 4));
        return stored == expected ? null : $"does not end with its Adler-32 checksum {expected:X8} but {stored:X8}";
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }
}
