using System.Buffers.Text;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Reads the dictionary of one indirect object ("N G obj &lt;&lt; … &gt;&gt; stream … endstream endobj") far enough to
/// rewrite its stream: where the dictionary closes, where its /Length value stands, where the data start, and whether
/// the stream may be deflated (no filter yet, not the XMP metadata, a direct length). Strings, hex strings, names,
/// arrays, nested dictionaries and comments are skipped by PDF's lexical rules, so a ">>" or "stream" inside a string
/// is not mistaken for syntax.
/// </summary>
internal static class PdfDictionaryScan
{
    /// <summary>The stream of <paramref name="obj"/>; null when the object is not a dictionary with a stream.</summary>
    public static PdfStreamSpan? StreamOf(ReadOnlySpan<byte> obj)
    {
        var at = obj.IndexOf("obj"u8);
        if (at < 0) return null;
        at = SkipSpace(obj, at + 3);
        if (!obj[at..].StartsWith("<<"u8)) return null;
        var scan = new Scan();
        var close = Dictionary(obj, at, ref scan);
        if (close < 0) return null;
        var keyword = SkipSpace(obj, close + 2);
        if (!obj[keyword..].StartsWith("stream"u8)) return null;
        var data = keyword + 6;
        data += obj[data..].StartsWith("\r\n"u8) ? 2 : obj[data] == (byte)'\n' ? 1 : 0;
        var fits = scan.Length >= 0 && data + scan.Length <= obj.Length
            && obj[(data + scan.Length)..].TrimStart("\r\n"u8).StartsWith("endstream"u8);
        var deflatable = fits && !scan.Filtered && !scan.Metadata && !scan.IndirectLength;
        return new PdfStreamSpan(close, scan.LengthValue, data, Math.Max(scan.Length, 0), deflatable);
    }

    private ref struct Scan
    {
        public int Length = -1;
        public Range LengthValue;
        public bool Filtered;
        public bool Metadata;
        public bool IndirectLength;

        public Scan()
        {
        }
    }

    /// <summary>Scans the dictionary opening at <paramref name="at"/>; returns where its "&gt;&gt;" is, or -1.</summary>
    private static int Dictionary(ReadOnlySpan<byte> obj, int at, ref Scan scan)
    {
        var depth = 0;
        string? key = null;
        var i = at;
        while (i < obj.Length)
        {
            var c = obj[i];
            var top = depth == 1;
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == (byte)'%')
            {
                while (i < obj.Length && obj[i] is not ((byte)'\n' or (byte)'\r')) i++;
            }
            else if (c == (byte)'<' && i + 1 < obj.Length && obj[i + 1] == (byte)'<')
            {
                depth++;
                i += 2;
                if (depth == 2) key = null;
            }
            else if (c == (byte)'>' && i + 1 < obj.Length && obj[i + 1] == (byte)'>')
            {
                if (--depth == 0) return i;
                i += 2;
            }
            else if (c == (byte)'[')
            {
                depth++;
                i++;
                if (depth == 2) key = null;
            }
            else if (c == (byte)']')
            {
                depth--;
                i++;
            }
            else if (c == (byte)'(')
            {
                i = SkipString(obj, i);
                if (top) key = null;
            }
            else if (c == (byte)'<')
            {
                var end = obj[i..].IndexOf((byte)'>');
                if (end < 0) return -1;
                i += end + 1;
                if (top) key = null;
            }
            else
            {
                var start = i;
                i = TokenEnd(obj, i + 1);
                if (!top) continue;
                var token = obj[start..i];
                if (key is null && c == (byte)'/')
                {
                    key = System.Text.Encoding.ASCII.GetString(token);
                    continue;
                }

                Value(obj, key, token, start, i, ref scan);
                key = null;
            }
        }

        return -1;
    }

    /// <summary>Notes the values that decide whether the stream may be deflated.</summary>
    private static void Value(
        ReadOnlySpan<byte> obj, string? key, ReadOnlySpan<byte> token, int start, int end, ref Scan scan)
    {
        switch (key)
        {
            case "/Filter":
                scan.Filtered = true;
                break;
            case "/Type" when token.SequenceEqual("/Metadata"u8):
                scan.Metadata = true;
                break;
            case "/Length" when Utf8Parser.TryParse(token, out int length, out var used) && used == token.Length:
                scan.Length = length;
                scan.LengthValue = start..end;
                // "12 0 R": a length held in another object.
                var next = SkipSpace(obj, end);
                var after = TokenEnd(obj, next);
                scan.IndirectLength = after > next && char.IsAsciiDigit((char)obj[next])
                    && SkipSpace(obj, after) < obj.Length && obj[SkipSpace(obj, after)] == (byte)'R';
                break;
        }
    }

    /// <summary>Where a literal string opening at <paramref name="at"/> ends (balanced parentheses, escapes).</summary>
    private static int SkipString(ReadOnlySpan<byte> obj, int at)
    {
        var depth = 0;
        for (var i = at; i < obj.Length; i++)
        {
            switch (obj[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0) return i + 1;
                    break;
            }
        }

        return obj.Length;
    }

    private static int TokenEnd(ReadOnlySpan<byte> obj, int i)
    {
        while (i < obj.Length && !IsSpace(obj[i]) && !IsDelimiter(obj[i])) i++;
        return i;
    }

    private static int SkipSpace(ReadOnlySpan<byte> obj, int i)
    {
        while (i < obj.Length && IsSpace(obj[i])) i++;
        return i;
    }

    private static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte c) =>
        c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}'
            or (byte)'/' or (byte)'%';
}
