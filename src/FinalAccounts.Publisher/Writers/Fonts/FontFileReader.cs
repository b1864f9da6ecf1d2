using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>Reads a font file's faces: names from the 'name' table, style from 'head', outline kind from the tables present.</summary>
internal static class FontFileReader
{
    private const int FamilyId = 1, FullNameId = 4, PostScriptId = 6, TypographicFamilyId = 16;

    public static IReadOnlyList<FontFace> ReadFaces(string path)
    {
        using var file = SfntFile.Open(path);
        var offsets = file.FaceOffsets();
        var faces = new List<FontFace>(offsets.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            var tables = file.Tables(offsets[i]);
            var name = Find(tables, "name") ?? throw new InvalidDataException("no 'name' table");
            var head = Find(tables, "head") ?? throw new InvalidDataException("no 'head' table");
            var outline = Find(tables, "glyf") is not null ? FontOutline.TrueType
                : Find(tables, "CFF ") is not null || Find(tables, "CFF2") is not null ? FontOutline.Cff
                : throw new InvalidDataException("neither 'glyf' nor 'CFF ' outlines");
            var names = ReadNames(file.Read(name));
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(file.Read(head.Offset + 44, 2));
            var families = new List<string>();
            foreach (var id in new[] { FamilyId, TypographicFamilyId, FullNameId })
            {
                foreach (var (nameId, text) in names)
                {
                    if (nameId == id && text.Length > 0 && !families.Contains(text, StringComparer.OrdinalIgnoreCase)) families.Add(text);
                }
            }

            var postScript = names.FirstOrDefault(n => n.Id == PostScriptId).Text ?? "";
            faces.Add(new FontFace(path, i, families, postScript, (macStyle & 1) != 0, (macStyle & 2) != 0, outline));
        }

        return faces;
    }

    public static SfntTable? Find(IReadOnlyList<SfntTable> tables, string tag)
    {
        foreach (var t in tables)
        {
            if (t.Tag == tag) return t;
        }

        return null;
    }

    /// <summary>Every (name id, text) the table holds in a readable encoding: Windows Unicode, Windows PRC (GBK), Mac Roman.</summary>
    internal static List<(int Id, string Text)> ReadNames(byte[] table)
    {
        var result = new List<(int, string)>();
        if (table.Length < 6) return result;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var at = 6 + i * 12;
            if (at + 12 > table.Length) break;
            var r = table.AsSpan(at);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(r[2..]);
            var id = BinaryPrimitives.ReadUInt16BigEndian(r[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
            var offset = storage + BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
            if (offset + length > table.Length) continue;
            var bytes = table.AsSpan(offset, length);
            var text = Decode(platform, encoding, bytes);
            if (text is not null) result.Add((id, text.Trim('\0', ' ')));
        }

        return result;
    }

    private static string? Decode(int platform, int encoding, ReadOnlySpan<byte> bytes) => (platform, encoding) switch
    {
        (0, _) or (3, 0) or (3, 1) or (3, 10) => Encoding.BigEndianUnicode.GetString(bytes),
        (3, 3) => DecodeGbk(bytes),
        (1, 0) => Encoding.Latin1.GetString(bytes),
        _ => null,
    };

    // Old Chinese fonts store GBK names as 16-bit units (high byte 0 for single bytes).
    private static string? DecodeGbk(ReadOnlySpan<byte> bytes)
    {
        var packed = new List<byte>(bytes.Length);
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] != 0) packed.Add(bytes[i]);
            packed.Add(bytes[i + 1]);
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(936)?.GetString(packed.ToArray());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
