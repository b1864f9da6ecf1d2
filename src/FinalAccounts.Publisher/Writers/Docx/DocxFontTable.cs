using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// fontTable.xml: each font the styles name, marked as a GB2312 (Simplified Chinese) font, with the next family of its
/// list as the alternative name, so Word falls back from 仿宋_GB2312 to 仿宋 where only the newer font is installed.
/// </summary>
internal static class DocxFontTable
{
    public static DocumentFormat.OpenXml.Wordprocessing.Fonts Build(DocumentStyle style)
    {
        var fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in Enum.GetValues<StyleRole>())
        {
            if (!style.Fonts.TryGetValue(role, out var spec) || spec.Families.Count == 0) continue;
            var name = spec.Families[0];
            if (!seen.Add(name)) continue;
            var font = new Font { Name = name };
            var alternative = spec.Families.Skip(1).FirstOrDefault(f => f != name);
            if (alternative is not null) font.Append(new AltName { Val = alternative });
            font.Append(
                new FontCharSet { Val = "86" },
                new FontFamily { Val = FontFamilyValues.Auto },
                new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }

        return fonts;
    }
}
