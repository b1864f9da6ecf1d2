using System.Buffers.Binary;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// A TrueType face cut down to the glyphs of the common characters (<see cref="CommonCharacters"/>), for the PDF
/// writer, which must hold its faces in memory as whole files: the three CJK faces of the default style are 49 MB,
/// their common parts about a quarter of that. Only 'glyf' and 'loca' (and the full name) change: every glyph keeps its id, its metrics
/// and (when kept) its bytes, padding included, and the other tables, the full 'cmap' among them, are copied as they are.
/// PDFsharp's subset of a document that uses only common characters is therefore byte for byte the subset it makes
/// from the whole face. A glyph left out is empty, so a document with any other character must use the whole face.
/// The full font name in 'name' gets a suffix, so that PDFsharp can hold the cut and the whole face side by side.
/// The 'head' table is copied unchanged too (its checkSumAdjustment is that of the whole face): the file is never
/// written out, and PDFsharp copies 'head' into the subset.
/// </summary>
internal static class CommonFace
{
    /// <summary>What the cut adds to the face's full name.</summary>
    public const string NameSuffix = " (common)";

    /// <summary>The font name PDFsharp writes for the whole face, from the one it wrote for a cut (also before ",Bold").</summary>
    public static string WholeName(string fontName)
    {
        var at = fontName.IndexOf(NameSuffix, StringComparison.Ordinal);
        var end = at + NameSuffix.Length;
        return at >= 0 && (end == fontName.Length || fontName[end] == ',') ? fontName.Remove(at, NameSuffix.Length) : fontName;
    }

    /// <summary>The face at <paramref name="faceIndex"/> of the file cut down to the common glyphs; null when it has no 'glyf' outlines.</summary>
    public static byte[]? Build(string path, int faceIndex)
    {
        using var file = SfntFile.Open(path);
        var offsets = file.FaceOffsets();
        if (faceIndex < 0 || faceIndex >= offsets.Count) throw new ArgumentOutOfRangeException(nameof(faceIndex));
        var tables = file.Tables(offsets[faceIndex]).OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        if (FontFileReader.Find(tables, "glyf") is not { } glyfTable || FontFileReader.Find(tables, "loca") is not { } locaTable
            || FontFileReader.Find(tables, "head") is not { } headTable || FontFileReader.Find(tables, "maxp") is not { } maxpTable
            || FontFileReader.Find(tables, "cmap") is not { } cmapTable)
            return null;

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(file.Read(headTable.Offset + 50, 2)) != 0;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(file.Read(maxpTable.Offset + 4, 2));
        var loca = ReadLoca(file.Read(locaTable), glyphCount, longOffsets);
        var glyf = file.Read(glyfTable);
        var keep = new bool[glyphCount];
        keep[0] = true; // .notdef (Keep is never asked for it)
        CmapMappings.ForEach(file.Read(cmapTable), (codePoint, glyph) =>
        {
            if (glyph > 0 && glyph < glyphCount && CommonCharacters.Contains(codePoint)) Keep(glyph, keep, loca, glyf);
        });

        var (newGlyf, newLoca) = Cut(glyf, loca, keep, longOffsets);
        var name = FontFileReader.Find(tables, "name") is { } nameTable ? Renamed(file.Read(nameTable)) : null;
        return Assemble(file, offsets[faceIndex], tables, newGlyf, newLoca, name);
    }

    /// <summary>
    /// The 'name' table with <see cref="NameSuffix"/> after every full font name (name ID 4). PDFsharp keeps one font
    /// per full name and refuses other bytes under a name it holds, so the cut and the whole face must differ there.
    /// PDFsharp writes the full name into /BaseFont and /FontName, where <see cref="PdfOutput"/> takes the suffix off.
    /// </summary>
    internal static byte[] Renamed(byte[] name)
    {
        const int FullName = 4;
        var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
        var headerLength = 6 + count * 12;
        if (storage < headerLength || storage > name.Length) throw new InvalidDataException("the 'name' table's string storage is out of place");
        using var strings = new MemoryStream();
        var output = new byte[storage];
        name.AsSpan(0, storage).CopyTo(output);
        for (var i = 0; i < count; i++)
        {
            var record = output.AsSpan(6 + i * 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (storage + offset + length > name.Length) throw new InvalidDataException("a name runs past the 'name' table");
            var text = name.AsSpan(storage + offset, length);
            var suffix = id != FullName ? [] : platform == 1 ? System.Text.Encoding.ASCII.GetBytes(NameSuffix) : System.Text.Encoding.BigEndianUnicode.GetBytes(NameSuffix);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], checked((ushort)(length + suffix.Length)));
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], checked((ushort)strings.Length));
            strings.Write(text);
            strings.Write(suffix);
        }

        return [.. output, .. strings.ToArray()];
    }

    private static uint[] ReadLoca(byte[] table, int glyphCount, bool longOffsets)
    {
        var loca = new uint[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
            loca[g] = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(g * 4))
                : BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(g * 2)) * 2u;
        return loca;
    }

    /// <summary>Keeps a glyph and, for a composite glyph, the glyphs it is made of.</summary>
    private static void Keep(int glyph, bool[] keep, uint[] loca, byte[] glyf)
    {
        if (keep[glyph]) return;
        keep[glyph] = true;
        var start = (int)loca[glyph];
        var end = (int)Math.Min(loca[glyph + 1], (uint)glyf.Length);
        if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf.AsSpan(start)) >= 0) return;
        const int ArgsAreWords = 0x1, HaveScale = 0x8, MoreComponents = 0x20, HaveXYScale = 0x40, HaveTwoByTwo = 0x80;
        var at = start + 10;
        while (at + 4 <= end)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(at));
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(at + 2));
            if (component < keep.Length && !keep[component]) Keep(component, keep, loca, glyf);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveTwoByTwo) != 0 ? 8 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveScale) != 0 ? 2 : 0;
            if ((flags & MoreComponents) == 0) break;
        }
    }

    private static (byte[] Glyf, byte[] Loca) Cut(byte[] glyf, uint[] loca, bool[] keep, bool longOffsets)
    {
        long size = 0;
        for (var g = 0; g < keep.Length; g++)
            if (keep[g]) size += Span(loca, g, glyf.Length).Length;
        var newGlyf = new byte[size];
        var newLoca = new byte[(keep.Length + 1) * (longOffsets ? 4 : 2)];
        var at = 0;
        for (var g = 0; g <= keep.Length; g++)
        {
            if (longOffsets) BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)at);
            else BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(g * 2), (ushort)(at / 2));
            if (g == keep.Length || !keep[g]) continue;
            var (from, length) = Span(loca, g, glyf.Length);
            glyf.AsSpan(from, length).CopyTo(newGlyf.AsSpan(at));
            at += length;
        }

        return (newGlyf, newLoca);
    }

    private static (int Start, int Length) Span(uint[] loca, int glyph, int glyfLength)
    {
        var start = (int)Math.Min(loca[glyph], (uint)glyfLength);
        var end = (int)Math.Min(Math.Max(loca[glyph + 1], loca[glyph]), (uint)glyfLength);
        return (start, end - start);
    }

    /// <summary>A standalone file: the directory, then each table (the new 'glyf' and 'loca', the others copied) 4-byte aligned.</summary>
    private static byte[] Assemble(SfntFile file, long faceOffset, List<SfntTable> tables, byte[] glyf, byte[] loca, byte[]? name)
    {
        byte[]? Replaced(string tag) => tag switch { "glyf" => glyf, "loca" => loca, "name" => name, _ => null };
        long Length(SfntTable t) => Replaced(t.Tag) is { } r ? r.Length : t.Length;
        var headerLength = 12 + tables.Count * 16;
        var total = headerLength + tables.Sum(t => Align(Length(t)));
        var output = new byte[checked((int)total)];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, file.SfntVersion(faceOffset));
        SfntDirectory.WriteHeader(span, tables.Count);
        var at = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var length = (int)Length(t);
            var body = span.Slice(at, length);
            if (Replaced(t.Tag) is { } replaced) replaced.CopyTo(body);
            else file.ReadInto(t.Offset, body);
            var checksum = Replaced(t.Tag) is null ? t.Checksum : SfntDirectory.Checksum(span.Slice(at, (int)Align(length)));
            SfntDirectory.WriteRecord(span[(12 + i * 16)..], t.Tag, checksum, at, length);
            at += (int)Align(length);
        }

        return output;
    }

    private static long Align(long length) => (length + 3L) & ~3L;
}
