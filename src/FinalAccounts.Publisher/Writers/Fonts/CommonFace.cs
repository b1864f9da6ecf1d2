using System.Buffers.Binary;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// A TrueType face cut down to the glyphs of the common characters (<see cref="CommonCharacters"/>), for the PDF
/// writer, which must hold its faces in memory as whole files: the three CJK faces of the default style are 49 MB, their
/// cuts 17 MB. Every glyph keeps its id and metrics, a kept glyph its bytes (padding included), and every table but
/// 'glyf', 'loca' and 'name' is copied as it is, the full 'cmap' and 'head' among them ('head' keeps the whole face's
/// checkSumAdjustment: the cut is never written out, and PDFsharp copies 'head' into its subset). So PDFsharp's subset
/// of a document in common characters is byte for byte the one it makes from the whole face; a left-out glyph is empty,
/// so a document with any other character must use the whole face. 'name' differs only in the full font name
/// (<see cref="NameSuffix"/>), so that PDFsharp can hold a cut and its whole face side by side.
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
        var tables = CollectionExtractor.SortedTables(file, offsets[faceIndex]);
        if (FontFileReader.Find(tables, "glyf") is not { } glyfTable || FontFileReader.Find(tables, "loca") is not { } locaTable
            || FontFileReader.Find(tables, "head") is not { } headTable || FontFileReader.Find(tables, "maxp") is not { } maxpTable
            || FontFileReader.Find(tables, "cmap") is not { } cmapTable)
            return null;

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(file.Read(headTable.Offset + 50, 2)) != 0;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(file.Read(maxpTable.Offset + 4, 2));
        var glyf = new GlyphSource(file, glyfTable, ReadLoca(file.Read(locaTable), glyphCount, longOffsets));
        var keep = new bool[glyphCount];
        var pending = new Stack<int>();
        pending.Push(0); // .notdef
        keep[0] = true;
        CmapMappings.ForEach(file.Read(cmapTable), (codePoint, glyph) =>
        {
            if (glyph <= 0 || glyph >= glyphCount || keep[glyph] || !CommonCharacters.Contains(codePoint)) return;
            keep[glyph] = true;
            pending.Push(glyph);
        });

        // A composite glyph is drawn from others: keep them too.
        while (pending.TryPop(out var glyph))
        {
            foreach (var component in glyf.Components(glyph))
            {
                if (component >= glyphCount || keep[component]) continue;
                keep[component] = true;
                pending.Push(component);
            }
        }

        var newLoca = glyf.Loca(keep, longOffsets, out var glyfLength);
        var name = FontFileReader.Find(tables, "name") is { } nameTable ? Renamed(file.Read(nameTable)) : null;
        return CollectionExtractor.Assemble(file, offsets[faceIndex], tables, tag => tag switch
        {
            "glyf" => (glyfLength, target => glyf.CopyKept(keep, target)),
            "loca" => (newLoca.Length, target => newLoca.CopyTo(target)),
            "name" when name is not null => (name.Length, target => name.CopyTo(target)),
            _ => null,
        });
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

    /// <summary>
    /// The face's glyphs, read from the file only as needed: the kept ones straight into the cut, without reading the
    /// whole 'glyf' table (15 MB for AR PL UMing) into memory first.
    /// </summary>
    private sealed class GlyphSource(SfntFile file, SfntTable glyf, uint[] loca)
    {
        /// <summary>Where a glyph's bytes (padding included) lie within 'glyf'.</summary>
        private (long Start, int Length) Span(int glyph)
        {
            var start = Math.Min(loca[glyph], glyf.Length);
            var end = Math.Min(Math.Max(loca[glyph + 1], loca[glyph]), glyf.Length);
            return (start, (int)(end - start));
        }

        /// <summary>The glyphs a composite glyph is made of (none for a simple or empty glyph).</summary>
        public List<int> Components(int glyph)
        {
            var components = new List<int>();
            var (start, length) = Span(glyph);
            if (length < 10 || BinaryPrimitives.ReadInt16BigEndian(file.Read(glyf.Offset + start, 2)) >= 0) return components;
            var bytes = file.Read(glyf.Offset + start, length);
            const int ArgsAreWords = 0x1, HaveScale = 0x8, MoreComponents = 0x20, HaveXYScale = 0x40, HaveTwoByTwo = 0x80;
            var at = 10;
            while (at + 4 <= bytes.Length)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at));
                components.Add(BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2)));
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
                at += (flags & HaveTwoByTwo) != 0 ? 8 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveScale) != 0 ? 2 : 0;
                if ((flags & MoreComponents) == 0) break;
            }

            return components;
        }

        /// <summary>The new 'loca' (in the face's own format): a kept glyph keeps its length, any other is empty.</summary>
        public byte[] Loca(bool[] keep, bool longOffsets, out long glyfLength)
        {
            var table = new byte[(keep.Length + 1) * (longOffsets ? 4 : 2)];
            long at = 0;
            for (var g = 0; g <= keep.Length; g++)
            {
                if (longOffsets) BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(g * 4), checked((uint)at));
                else BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(g * 2), checked((ushort)(at / 2)));
                if (g < keep.Length && keep[g]) at += Span(g).Length;
            }

            glyfLength = at;
            return table;
        }

        /// <summary>Reads the kept glyphs into <paramref name="target"/> in glyph order, a run of neighbours at a time.</summary>
        public void CopyKept(bool[] keep, Span<byte> target)
        {
            var at = 0;
            for (var g = 0; g < keep.Length;)
            {
                if (!keep[g])
                {
                    g++;
                    continue;
                }

                var (start, _) = Span(g);
                var length = 0;
                for (; g < keep.Length && keep[g] && Span(g).Start == start + length; g++) length += Span(g).Length;
                file.ReadInto(glyf.Offset + start, target.Slice(at, length));
                at += length;
            }
        }
    }
}
